/**
 * Code keeps its shape (issue 24, item 1): at 1280 × 800, chapter 4 shows Python above TypeScript,
 * each panel at least 72 columns wide, and no line of code wraps, in the static code or in the
 * editor; a longer line scrolls sideways with a shade at its clipped edge. The static code has
 * line numbers, as the editor does.
 */
import { expect, test } from "@playwright/test";
import { measureCodeBlocks } from "../support/code-block-shape.ts";

test("chapter 4 at 1280 × 800: no code line wraps, and long lines scroll with a cue", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/en/using-asyncio/");

  const blocks = await page.locator(".sample pre.astro-code").evaluateAll(measureCodeBlocks);
  expect(blocks.length).toBeGreaterThanOrEqual(10);
  const sourceLineCount = blocks.reduce((sum, block) => sum + block.sourceLines, 0);
  expect(sourceLineCount).toBeGreaterThan(250);
  for (const block of blocks) {
    expect(Math.abs(block.renderedLines - block.sourceLines), block.start).toBeLessThan(0.5);
    expect(block.columns, block.start).toBeGreaterThanOrEqual(72);
    expect(block.numbers, block.start).toEqual(Array.from({ length: block.sourceLines }, (_, i) => i + 1));
  }
  // Some lines are longer than 72 columns: those blocks scroll, and show the cue.
  const scrolling = blocks.filter((block) => block.overflows);
  expect(scrolling.length).toBeGreaterThan(0);
  for (const block of scrolling)
    expect(block.cue).toMatch(/linear-gradient.*\| local, local, scroll, scroll/);

  // Below two 72-column panels' width, Python sits above TypeScript.
  const sample = page.locator('[data-sample="two-tasks"]');
  const python = await sample.locator('[data-panel="python"]').boundingBox();
  const typescript = await sample.locator('[data-panel="ts"]').boundingBox();
  if (python === null || typescript === null) throw new Error("the panels have no box");
  expect(typescript.y).toBeGreaterThanOrEqual(python.y + python.height);

  // The editor keeps the shape: every line one line box tall, its numbers where the static ones were.
  const staticFirst = await sample.locator('[data-panel="ts"] pre code').evaluate((code) => {
    const range = document.createRange();
    range.setStart(code.firstChild ?? code, 0);
    range.setEnd(code.firstChild ?? code, 1);
    return Math.round(range.getBoundingClientRect().x);
  });
  await sample.locator("[data-editor=ts]").focus();
  const lines = sample.locator(".cm-line");
  await expect(lines.first()).toBeVisible({ timeout: 20_000 });
  const editor = await sample.locator(".cm-scroller").evaluate((scroller) => {
    const lineHeight = Number.parseFloat(getComputedStyle(scroller).lineHeight);
    const heights = [...scroller.querySelectorAll<HTMLElement>(".cm-line")].map((line) => line.offsetHeight);
    return {
      wrapped: heights.filter((height) => Math.abs(height - lineHeight) > 1).length,
      lines: heights.length,
      // CodeMirror sizes the gutter with a hidden spacer element; only the shown numbers count.
      numbers: [...scroller.querySelectorAll<HTMLElement>(".cm-lineNumbers .cm-gutterElement")]
        .filter((element) => element.offsetHeight > 0)
        .map((element) => element.textContent),
      overflows: scroller.scrollWidth > scroller.clientWidth,
      cue: getComputedStyle(scroller).backgroundAttachment,
      // Where the first line's first character sits on screen.
      first: (() => {
        const walker = document.createTreeWalker(
          scroller.querySelector(".cm-line") ?? scroller,
          NodeFilter.SHOW_TEXT,
        );
        const node = walker.nextNode();
        if (node === null) return -1;
        const range = document.createRange();
        range.setStart(node, 0);
        range.setEnd(node, 1);
        return Math.round(range.getBoundingClientRect().x);
      })(),
    };
  });
  expect(editor.lines).toBeGreaterThan(15);
  expect(editor.wrapped).toBe(0);
  expect(editor.numbers.slice(0, 3)).toEqual(["1", "2", "3"]);
  expect(editor.overflows).toBe(true);
  expect(editor.cue).toBe("local, local, scroll, scroll");
  // Where the code starts does not move when the editor opens (within rounding).
  expect(Math.abs(editor.first - staticFirst)).toBeLessThanOrEqual(1);
});

test("chapter 4 at 390 × 844: the panels stack and still no code line wraps", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/en/using-asyncio/");
  const blocks = await page.locator(".sample pre.astro-code").evaluateAll(measureCodeBlocks);
  expect(blocks.length).toBeGreaterThanOrEqual(10);
  for (const block of blocks)
    expect(Math.abs(block.renderedLines - block.sourceLines), block.start).toBeLessThan(0.5);
  // The page itself never scrolls sideways: a long line scrolls inside its own box.
  const sideways = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(sideways).toBeLessThanOrEqual(0);
});
