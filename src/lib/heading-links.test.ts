import { satteriHeadingIdsPlugin } from "@astrojs/markdown-satteri";
import { markdownToHtml } from "satteri";
import { describe, expect, it } from "vitest";
import { chapterLocale, headingLinksPlugin } from "./heading-links.ts";

/** Renders Markdown as the site's pipeline does: Astro's heading ids, then the links. */
const render = async (markdown: string, file = "file:///site/src/content/docs/en/chapter.mdx") =>
  (
    await markdownToHtml(markdown, {
      hastPlugins: [satteriHeadingIdsPlugin(), headingLinksPlugin],
      fileURL: new URL(file),
    })
  ).html.trim();

describe("chapterLocale", () => {
  it.each([
    ["an English chapter", "file:///site/src/content/docs/en/why-async.mdx", "en"],
    ["a Chinese chapter", "file:///site/src/content/docs/zh-cn/why-async.mdx", "zh-cn"],
    ["an unknown language", "file:///site/src/content/docs/fr/why-async.mdx", "en"],
    ["a file outside the chapters", "file:///site/README.md", "en"],
  ])("%s", (_name, file, expected) => {
    expect(chapterLocale(new URL(file))).toBe(expected);
  });

  it("falls back to the default locale without a file", () => {
    expect(chapterLocale(undefined)).toBe("en");
  });
});

describe("headingLinksPlugin on Markdown", () => {
  it("appends a link described by the heading to every h2 and h3", async () => {
    const html = await render("## Never block the loop\n\n### uvloop\n\nText.");
    expect(html).toBe(
      '<h2 id="never-block-the-loop">Never block the loop<a class="anchor-link" ' +
        'href="#never-block-the-loop" aria-label="Link to this section" aria-describedby="never-block-the-loop">#</a></h2>\n' +
        '<h3 id="uvloop">uvloop<a class="anchor-link" href="#uvloop" ' +
        'aria-label="Link to this section" aria-describedby="uvloop">#</a></h3>\n<p>Text.</p>',
    );
  });

  it("keeps Astro's ids, duplicates numbered", async () => {
    const html = await render("## Summary\n\n## Summary");
    expect(html).toContain('<h2 id="summary">Summary<a class="anchor-link"');
    expect(html).toContain('<h2 id="summary-1">Summary<a class="anchor-link"');
    expect(html).toContain('href="#summary-1"');
  });

  it("labels the link in the chapter's language", async () => {
    const html = await render(
      "## 不要阻塞事件循环",
      "file:///site/src/content/docs/zh-cn/best-practices.mdx",
    );
    expect(html).toContain('<h2 id="不要阻塞事件循环">不要阻塞事件循环<a class="anchor-link"');
    expect(html).toContain('aria-label="本节链接" aria-describedby="不要阻塞事件循环">#</a></h2>');
  });

  it("leaves other headings alone", async () => {
    const html = await render("# Title\n\n#### Detail");
    expect(html).toBe('<h1 id="title">Title</h1>\n<h4 id="detail">Detail</h4>');
  });
});
