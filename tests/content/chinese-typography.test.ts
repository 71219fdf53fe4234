/**
 * Chinese prose without stray spaces or broken bold (issue 25): the zh-cn chapters, exercise and
 * sample texts type no space between two Chinese characters, none after full-width punctuation, and
 * every `**bold**` really renders bold. A bold lead-in that ends in punctuation (`**先等。**先`)
 * does not close in CommonMark, which is how the stray spaces crept in (`**先等。** 先`): the
 * punctuation belongs after the closing marks (`**先等**。先`). The code blocks of the zh-cn chapters
 * have their prose comments in Chinese, all of them (the sample files are shared by both languages
 * and stay English). The rendered pages are checked by tests/e2e/every-page.spec.ts; this test
 * reads the sources, in milliseconds.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { markdownToHtml } from "satteri";
import { describe, expect, it } from "vitest";

const contentDirectory = fileURLToPath(new URL("../../src/content/", import.meta.url));
// Han, CJK and full-width punctuation, and the curly quotes Chinese text uses (“…”).
const cjk = String.raw`[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d]`;
// Markdown marks (** _ ` ~) may sit between the characters and the space.
const gapBetweenCjk = new RegExp(`${cjk}[*_\`~]*[ \u00a0]+[*_\`~]*${cjk}`, "gu");
// A table cell may end in punctuation and then " |": that space is the table's, not the prose's.
const spaceAfterPunctuation = /[。，、；：！？）」』”][*_`~]*[ \u00a0]+(?=[^\s|])/gu;

interface Source {
  name: string;
  /** Prose only: no front matter, code blocks, inline code or component tags. */
  prose: string;
}

/** Drops what is not Chinese prose: front matter, imports, fenced code, component tags, code spans. */
function proseOf(markdown: string): string {
  return markdown
    .replace(/^---\n[\s\S]*?\n---\n/, "")
    .replace(/^```[\s\S]*?^```/gm, "")
    .split("\n")
    .filter((line) => !/^\s*(import |<\/?[A-Z])/.test(line))
    .map((line) => line.trimStart())
    .join("\n")
    .replace(/`[^`\n]*`/g, "`code`");
}

/** The zh-cn chapters, and the zh-cn strings of every exercise and sample meta.json. */
function chineseSources(): Source[] {
  const pages = readdirSync(`${contentDirectory}docs/zh-cn`).map((file) => ({
    name: `docs/zh-cn/${file}`,
    prose: proseOf(readFileSync(`${contentDirectory}docs/zh-cn/${file}`, "utf8")),
  }));
  const metas = ["exercises", "samples"].flatMap((kind) =>
    readdirSync(`${contentDirectory}${kind}`, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${kind}/${entry.name}/meta.json`)
      .map((name) => {
        const strings: string[] = [];
        JSON.parse(readFileSync(`${contentDirectory}${name}`, "utf8"), (key, value: unknown) => {
          if (key === "zh-cn" && typeof value === "string") strings.push(value);
          return value;
        });
        return { name, prose: proseOf(strings.join("\n\n")) };
      }),
  );
  return [...pages, ...metas];
}

/**
 * A code comment in English words that is neither code nor program output. Commented-out code has
 * brackets or an `=`, a stack trace starts with `at` or `Error`, and a version tag has no words.
 * The samples' own files are shared by both languages, so only the chapters' code blocks count.
 */
function isEnglishProse(comment: string): boolean {
  if (new RegExp(cjk, "u").test(comment)) return false;
  if (/[(=]|^(at|Error)\b/.test(comment)) return false;
  return /[A-Za-z]{2,}/.test(comment);
}

const sources = chineseSources();

describe("Chinese typography in the sources", () => {
  it("finds the Chinese chapters", () => {
    expect(sources.filter((source) => source.name.startsWith("docs/")).length).toBeGreaterThan(10);
  });

  for (const source of sources) {
    it(`${source.name}: no space between Chinese characters or after full-width punctuation`, () => {
      expect(source.prose.match(gapBetweenCjk) ?? []).toEqual([]);
      expect(source.prose.match(spaceAfterPunctuation) ?? []).toEqual([]);
    });
  }

  it("the code in the Chinese chapters has its prose comments in Chinese", () => {
    const english: string[] = [];
    for (const file of readdirSync(`${contentDirectory}docs/zh-cn`)) {
      const text = readFileSync(`${contentDirectory}docs/zh-cn/${file}`, "utf8");
      for (const [, code = ""] of text.matchAll(/^```\w*\n([\s\S]*?)^```/gm)) {
        for (const [, comment = ""] of code.matchAll(/(?:^|\s)(?:#|\/\/)\s*(.*)$/gm)) {
          if (isEnglishProse(comment)) english.push(`${file}: ${comment}`);
        }
      }
    }
    expect(english).toEqual([]);
  });

  it("every bold in the Chinese chapters closes", () => {
    const unclosed: string[] = [];
    for (const source of sources) {
      for (const paragraph of source.prose.split(/\n\s*\n/)) {
        if (!paragraph.includes("**")) continue;
        const { html } = markdownToHtml(paragraph);
        if (html.replace(/<code>[\s\S]*?<\/code>/g, "").includes("**"))
          unclosed.push(`${source.name}: ${paragraph}`);
      }
    }
    expect(unclosed).toEqual([]);
  });
});
