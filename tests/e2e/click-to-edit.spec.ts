/**
 * Editing is obvious: the code says it is editable, a click or tap on it goes into the editor with
 * the caret where it landed (and what is typed at once is kept), on chapter pages and exercises.
 */
import { expect, test, type Locator } from "@playwright/test";

/** The viewport point of the first character of `needle` in the highlighted code, and its offset. */
async function pointAt(box: Locator, needle: string): Promise<{ x: number; y: number; offset: number }> {
  await box.scrollIntoViewIfNeeded();
  return box
    .locator("pre")
    .first()
    .evaluate((pre, wanted) => {
      const offset = pre.textContent.indexOf(wanted);
      if (offset < 0) throw new Error(`"${wanted}" is not in the code`);
      const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (offset < seen + length) {
          const range = document.createRange();
          range.setStart(node, offset - seen);
          range.setEnd(node, offset - seen + 1);
          const box = range.getBoundingClientRect();
          return { x: box.left + 1, y: box.top + box.height / 2, offset };
        }
        seen += length;
      }
      throw new Error(`"${wanted}" was not found among the text nodes`);
    }, needle);
}

/** The code as shipped (the page reads it from its highlighted code), and the line that typing `typed` at `offset` should produce. */
async function expectedLine(sample: Locator, offset: number, typed: string): Promise<string> {
  const original = (await sample.locator('[data-editor="ts"] pre').first().textContent()) ?? "";
  const edited = original.slice(0, offset) + typed + original.slice(offset);
  const line = edited.split("\n").find((candidate) => candidate.includes(typed));
  if (line === undefined) throw new Error("the typed text is on no line");
  return line;
}

test("a click on the code opens the editor at that spot, and typing at once is kept", async ({ page }) => {
  await page.goto("/en/using-asyncio/");
  const sample = page.locator('[data-sample="await-one"]');
  await expect(sample.getByText("Editable: click the code, or press Enter")).toBeVisible();
  await expect(sample.locator(".cm-editor")).toHaveCount(0);
  const point = await pointAt(sample.locator("[data-editor=ts]"), "reply.delayedMs");
  await page.mouse.click(point.x, point.y);
  // No waiting for the editor: the learner types straight away.
  await page.keyboard.type("XYZ");
  const editor = sample.getByRole("textbox", { name: "TypeScript editor" });
  await expect(editor).toBeFocused();
  const line = await expectedLine(sample, point.offset, "XYZ");
  await expect(sample.locator(".cm-line", { hasText: "XYZ" })).toHaveText(line);
  expect(line).toContain("XYZreply.delayedMs");
  await expect(sample.locator("[data-edited-marker]")).toHaveText("edited");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

  test("a tap on an exercise's code opens its editor at that spot (Chinese page)", async ({ page }) => {
    await page.goto("/zh-cn/practice/");
    const exercise = page.locator("[data-exercise]").first();
    // The TypeScript panel's own hint: an exercise with a Python version has a second one, hidden.
    await expect(
      exercise.locator('[data-panel="ts"]').getByText("可编辑：点击代码，或按 Enter 键"),
    ).toBeVisible();
    const code = (await exercise.locator("[data-editor=ts] pre").first().textContent()) ?? "";
    // A word past the first line, so the offset is not trivially the start of the code.
    const needle =
      code
        .split("\n")
        .slice(1)
        .find((line) => line.trim().length >= 6)
        ?.trim()
        .slice(0, 6) ?? "";
    expect(needle.length).toBeGreaterThan(2);
    const point = await pointAt(exercise.locator("[data-editor=ts]"), needle);
    await page.touchscreen.tap(point.x, point.y);
    await page.keyboard.type("QQ");
    await expect(exercise.getByRole("textbox", { name: "TypeScript 编辑器" })).toBeFocused();
    const line = await expectedLine(exercise, point.offset, "QQ");
    await expect(exercise.locator(".cm-line", { hasText: "QQ" })).toHaveText(line);
  });
});

test("Enter on the focused code box opens the editor, on an exercise too", async ({ page }) => {
  await page.goto("/en/practice/");
  const exercise = page.locator("[data-exercise]").nth(1);
  const box = exercise.locator("[data-editor=ts]");
  await box.focus();
  await expect(box).toBeFocused();
  await page.keyboard.press("Enter");
  const editor = exercise.getByRole("textbox", { name: "TypeScript editor" });
  await expect(editor).toBeFocused();
  // The caret is at the start, and Enter itself typed nothing.
  const before = await editor.textContent();
  await page.keyboard.type("// mine\n");
  await expect(exercise.locator(".cm-line").first()).toHaveText("// mine");
  expect((await editor.textContent())?.replace("// mine", "")).toBe(before);
});
