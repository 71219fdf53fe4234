import { markdownToHtml } from "satteri";
import { describe, expect, it } from "vitest";
import { joinCjkLines, joinCjkLinesPlugin } from "./join-cjk-lines.ts";

describe("joinCjkLines", () => {
  it.each([
    ["two Han characters", "异步\n编程", "", "", "异步编程"],
    ["after full stop", "代码。\n秘诀", "", "", "代码。秘诀"],
    ["before full-width comma", "任务\n，然后", "", "", "任务，然后"],
    ["indented continuation", "事件\n   循环", "", "", "事件循环"],
    ["Latin after the break", "使用\nasyncio", "", "", "使用\nasyncio"],
    ["Latin before the break", "aiohttp\n会话", "", "", "aiohttp\n会话"],
    ["a typed space on one line", "中 文", "", "", "中 文"],
    ["English text", "one\ntwo", "", "", "one\ntwo"],
    ["break at the start, CJK before", "\n文字", "加粗", "", "文字"],
    ["break at the end, CJK after", "文字\n", "", "加粗", "文字"],
    ["break at the end, code after", "文字\n", "", "await", "文字\n"],
    ["break at the start, nothing before", "\n文字", "", "", "\n文字"],
    ["two hiragana", "ひらがな\nです", "", "", "ひらがなです"],
    ["katakana after kanji", "非同期\nプログラミング", "", "", "非同期プログラミング"],
    ["after the prolonged sound mark", "サーバー\nに", "", "", "サーバーに"],
    ["after a Japanese full stop", "終わります。\nつぎに", "", "", "終わります。つぎに"],
    ["half-width katakana", "ｶﾀｶﾅ\nです", "", "", "ｶﾀｶﾅです"],
    ["two Hangul words, a real word space", "비동기\n프로그래밍", "", "", "비동기\n프로그래밍"],
    ["Hangul after Han", "中文\n한국어", "", "", "中文\n한국어"],
    ["Hangul before a full stop", "한국어\n。", "", "", "한국어\n。"],
    ["half-width Hangul jamo", "ﾡ\nﾢ", "", "", "ﾡ\nﾢ"],
  ])("%s", (_name, text, before, after, expected) => {
    expect(joinCjkLines(text, before, after)).toBe(expected);
  });
});

describe("joinCjkLinesPlugin on Markdown", () => {
  const render = async (markdown: string) =>
    (await markdownToHtml(markdown, { hastPlugins: [joinCjkLinesPlugin] })).html.trim();

  it("joins breaks between CJK characters, also around inline elements", async () => {
    const html = await render("代码。\n秘诀**加粗**\n文字\n`code`\n中文");
    expect(html).toBe("<p>代码。秘诀<strong>加粗</strong>文字\n<code>code</code>\n中文</p>");
  });

  it("keeps paragraphs apart and leaves English alone", async () => {
    const html = await render("第一段。\n\n第二段\nand English\ntext.");
    expect(html).toContain("<p>第一段。</p>");
    expect(html).toContain("<p>第二段\nand English\ntext.</p>");
  });

  it("renders the same as without the plugin when there is nothing to join", async () => {
    const markdown = "Plain *English*\nacross lines, with `code`.";
    const plain = markdownToHtml(markdown).html.trim();
    expect(await render(markdown)).toBe(plain);
  });
});
