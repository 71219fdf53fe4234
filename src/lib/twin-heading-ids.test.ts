import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { satteriHeadingIdsPlugin } from "@astrojs/markdown-satteri";
import { markdownToHtml } from "satteri";
import { describe, expect, it } from "vitest";
import { sourceHeadings, twinHeadingIds } from "./twin-heading-ids.ts";
import { twinHeadingIdsPlugin } from "./twin-heading-ids.node.ts";

describe("sourceHeadings", () => {
  it("reads h2 to h6 with their levels, and not the comments in code fences", () => {
    const source =
      "---\ntitle: x\n---\n## Tasks `run`\n\n```python\n## no\n# no\n```\n### [Names](#x)\n#### Deep ##\n";
    expect(sourceHeadings(source)).toEqual([
      { depth: 2, text: "Tasks run" },
      { depth: 3, text: "Names" },
      { depth: 4, text: "Deep" },
    ]);
  });
});

describe("twinHeadingIds", () => {
  const twin = [
    { depth: 2, text: "I/O-bound or CPU-bound?" },
    { depth: 3, text: "Tasks" },
    { depth: 2, text: "Tasks" },
  ];

  it("takes the twin's ids, made as Astro makes them, when the outlines match", () => {
    const own = [
      { depth: 2, text: "I/O 密集还是 CPU 密集？" },
      { depth: 3, text: "任务" },
      { depth: 2, text: "任务" },
    ];
    expect(twinHeadingIds(own, twin)).toEqual(["io-bound-or-cpu-bound", "tasks", "tasks-1"]);
  });

  it.each([
    [
      "a missing heading",
      [
        { depth: 2, text: "甲" },
        { depth: 3, text: "乙" },
      ],
    ],
    [
      "another level",
      [
        { depth: 2, text: "甲" },
        { depth: 2, text: "乙" },
        { depth: 2, text: "丙" },
      ],
    ],
  ])("falls back to short numbered ids for %s", (_name, own) => {
    const ids = twinHeadingIds(own, twin);
    expect(ids).toEqual(own.map((_, index) => `section-${index + 1}`));
  });
});

describe("twinHeadingIdsPlugin", () => {
  const root = mkdtempSync(join(tmpdir(), "twin-ids-"));
  const write = (lang: string, source: string): URL => {
    mkdirSync(join(root, "content/docs", lang), { recursive: true });
    const file = join(root, "content/docs", lang, "chapter.mdx");
    writeFileSync(file, source);
    return pathToFileURL(file);
  };
  const render = async (file: URL, source: string) =>
    (
      await markdownToHtml(source, {
        hastPlugins: [twinHeadingIdsPlugin, satteriHeadingIdsPlugin()],
        fileURL: file,
      })
    ).html;

  it("gives a Chinese chapter its English twin's ids, and leaves English alone", async () => {
    const english = "## Why async\n\n### Blocking I/O\n";
    const chinese = "## 为什么要异步\n\n### 阻塞 I/O\n";
    write("en", english);
    const zh = write("zh-cn", chinese);
    expect(await render(zh, chinese)).toContain('<h2 id="why-async">为什么要异步</h2>');
    expect(await render(zh, chinese)).toContain('<h3 id="blocking-io">阻塞 I/O</h3>');
    expect(await render(write("en", english), english)).toContain('<h2 id="why-async">');
  });
});
