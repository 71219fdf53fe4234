/**
 * When the browser's storage cannot keep an edit (full, or blocked), the sample says so once,
 * plainly, and the edit still lives in the page: shown, and what Run runs.
 */
import { expect, test } from "@playwright/test";
import { replaceCode, runAndWait, useWorkerRuntime } from "./runner-helpers.ts";

test("a full storage is said once per page, and the edits still run", async ({ page }) => {
  await useWorkerRuntime(page);
  // Storage is full: every new edit is refused, as a browser over its quota refuses it.
  await page.addInitScript(() => {
    const { setItem } = Object.getOwnPropertyDescriptors(Storage.prototype);
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (key.includes(":edit:") || key.includes(":draft:"))
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      (setItem.value as (key: string, value: string) => void).call(this, key, value);
    };
  });
  await page.goto("/en/using-asyncio/");
  const first = page.locator('[data-sample="await-one"]');
  const second = page.locator('[data-sample="two-tasks"]');
  await replaceCode(page, first, 'console.log("not stored but alive");\n');
  const notice = page.locator("[data-storage-notice]");
  await expect(notice).toHaveCount(1);
  await expect(notice).toContainText("could not keep your edit");
  await expect(first.locator("[data-storage-notice]")).toBeVisible();
  expect(await runAndWait(first)).toEqual(["not stored but alive"]);
  await replaceCode(page, second, 'console.log("also alive");\n');
  expect(await runAndWait(second)).toEqual(["also alive"]);
  await expect(notice).toHaveCount(1);
});

test("blocked storage is said once, in Chinese on a Chinese page", async ({ page }) => {
  // Cookies and site data blocked: reading localStorage itself throws.
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("Access is denied for this document.", "SecurityError");
      },
    });
  });
  await page.goto("/zh-cn/using-asyncio/");
  const sample = page.locator('[data-sample="await-one"]');
  await replaceCode(page, sample, 'console.log("只在本页");\n');
  const notice = page.locator("[data-storage-notice]");
  await expect(notice).toHaveCount(1);
  await expect(notice).toContainText("浏览器");
  await expect(sample.locator(".cm-content")).toContainText("只在本页");
});
