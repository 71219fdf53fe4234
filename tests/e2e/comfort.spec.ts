/** Everyday comfort: theme switch remembered, shortcuts popover, a phone-sized layout, print. */
import { expect, test } from "@playwright/test";

test("the theme toggle switches themes and is remembered", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/en/using-asyncio/");
  const html = page.locator("html");
  await expect(html).toHaveAttribute("data-theme", "light");
  await page.getByRole("button", { name: "Switch between light and dark theme" }).click();
  await expect(html).toHaveAttribute("data-theme", "dark");
  await page.reload();
  await expect(html).toHaveAttribute("data-theme", "dark");
});

test("the keyboard shortcuts popover opens and closes with the keyboard", async ({ page }) => {
  await page.goto("/zh-cn/using-asyncio/");
  const button = page.getByRole("button", { name: "键盘快捷键" });
  await button.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "键盘快捷键" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Ctrl");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});

// That nothing scrolls sideways at 375 px is held page by page in every-page.spec.ts.
test("at 375 px the samples stack", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/en/using-asyncio/");
  const sample = page.locator('[data-sample="two-tasks"]');
  const python = await sample.locator('[data-panel="python"]').boundingBox();
  const typescript = await sample.locator('[data-panel="ts"]').boundingBox();
  expect(typescript?.y ?? 0).toBeGreaterThan((python?.y ?? 0) + (python?.height ?? 0) - 1);
});

test("print hides navigation and keeps code and expected output", async ({ page }) => {
  await page.goto("/en/using-asyncio/");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".sidebar")).toBeHidden();
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.locator('[data-sample="await-one"] [data-expected-output]')).toBeVisible();
  await expect(page.locator('[data-sample="await-one"] [data-panel="python"] pre')).toBeVisible();
  await expect(page.locator('[data-sample="await-one"] [data-panel="ts"] pre')).toBeVisible();
});

test("once the editor is open, print still shows the sample as static code", async ({ page }) => {
  await page.goto("/en/using-asyncio/");
  const sample = page.locator('[data-sample="await-one"]');
  await sample.locator("[data-editor=ts]").focus();
  await expect(sample.locator(".cm-content")).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(sample.locator(".cm-editor")).toBeHidden();
  const printed = sample.locator('[data-panel="ts"] pre.astro-code');
  await expect(printed).toBeVisible();
  await expect(printed).toContainText("performance.now()");
});
