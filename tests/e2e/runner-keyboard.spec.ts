/**
 * The runnable sample from the keyboard, on a Chinese page (localised accessible names): focus
 * loads the editor, Ctrl/Cmd+Enter runs the edit, and Escape then Tab leaves the editor.
 */
import { expect, test } from "@playwright/test";
import { useWorkerRuntime } from "./runner-helpers.ts";

test("Ctrl+Enter runs the edited code, and Escape then Tab moves on to Run", async ({ page }) => {
  await useWorkerRuntime(page);
  await page.goto("/zh-cn/using-asyncio/");
  const sample = page.locator('[data-example="await-one"]');
  await sample.locator("[data-editor]").focus();
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
  await expect(editor).not.toBeFocused();
  await page.keyboard.press("Tab");
  await expect(sample.getByRole("button", { name: "运行" })).toBeFocused();
  await expect(editor).toHaveText('console.log("键盘运行");');
});
