/**
 * The runnable sample from the keyboard, on a Chinese page (localised accessible names): Enter on
 * the code box goes into the editor, Ctrl/Cmd+Enter runs the edit, Escape comes back out to the
 * box, and Tab moves on. The shortcuts popover says exactly that.
 */
import { expect, test } from "@playwright/test";
import { useWorkerRuntime } from "./runner-helpers.ts";

test("Ctrl+Enter runs the edited code, and Escape then Tab moves on past the code", async ({ page }) => {
  await useWorkerRuntime(page);
  await page.goto("/zh-cn/using-asyncio/");
  const sample = page.locator('[data-sample="await-one"]');
  const box = sample.locator("[data-editor=ts]");
  await box.focus();
  await page.keyboard.press("Enter");
  const editor = sample.getByRole("textbox");
  await expect(editor).toBeFocused();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText('console.log("键盘运行");');
  await page.keyboard.press("ControlOrMeta+Enter");

  const log = sample.getByRole("log", { name: "输出" });
  await expect(sample).toHaveAttribute("data-run-state", "done");
  await expect(log).toHaveText(/^\+0\.\d{3}s键盘运行$/);
  await expect(sample.locator("[data-exit-status]")).toContainText("退出码 0");
  await expect(sample.getByRole("button", { name: "停止" })).toBeDisabled();

  await page.keyboard.press("Escape");
  // Back on the code's box, not lost on <body>; Enter goes back in.
  await expect(box).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(editor).toBeFocused();
  await page.keyboard.press("Escape");
  // Run sits in the bar above the code now, so Tab moves on to whatever follows the code.
  await page.keyboard.press("Tab");
  await expect(box).not.toBeFocused();
  await expect(editor).not.toBeFocused();
  await expect(editor).toHaveText('console.log("键盘运行");');
});

test("the shortcuts popover says what the keys do, and they do it", async ({ page }) => {
  await page.goto("/en/using-asyncio/");
  await page.getByRole("button", { name: "Keyboard shortcuts" }).click();
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toContainText("Edit the code whose box has focus");
  await expect(help).toContainText("Leave the editor: focus goes back to the code's box");
  await expect(help).toContainText("Move on to the next control, also from the editor (it never indents)");
  await expect(help).not.toContainText("Indent");
  await help.getByRole("button", { name: "Close" }).click();

  const sample = page.locator('[data-sample="await-one"]');
  await sample.locator("[data-editor=ts]").focus();
  await page.keyboard.press("Enter");
  const editor = sample.getByRole("textbox", { name: "TypeScript editor" });
  await expect(editor).toBeFocused();
  const before = await editor.textContent();
  // Tab leaves the editor for the next control, and indents nothing.
  await page.keyboard.press("Tab");
  await expect(editor).not.toBeFocused();
  await expect(sample.locator("[data-editor=ts]")).not.toBeFocused();
  expect(await editor.textContent()).toBe(before);
  // Shift+Tab comes back to the box; the editor is one tab stop, not two.
  await page.keyboard.press("Shift+Tab");
  await expect(sample.locator("[data-editor=ts]")).toBeFocused();
});

test("the editor's focus ring is the site's 3 px ring", async ({ page }) => {
  await page.goto("/en/using-asyncio/");
  const sample = page.locator('[data-sample="await-one"]');
  const box = sample.locator("[data-editor=ts]");
  await box.focus();
  const ringOf = (selector: string) =>
    sample.locator(selector).evaluate((element) => {
      const style = getComputedStyle(element);
      return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
    });
  const boxRing = await ringOf("[data-editor=ts]");
  expect(boxRing).toMatch(/^solid 3px /);
  await page.keyboard.press("Enter");
  await expect(sample.getByRole("textbox")).toBeFocused();
  expect(await ringOf(".cm-editor")).toBe(boxRing);
});
