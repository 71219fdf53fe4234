/** A run stopped because another sample's Run was pressed says which sample stopped it. */
import { expect, test } from "@playwright/test";
import { replaceCode, useWorkerRuntime } from "./runner-helpers.ts";

test("a run stopped by another sample's Run names that sample", async ({ page }) => {
  await useWorkerRuntime(page);
  await page.goto("/en/using-asyncio/");
  const first = page.locator('[data-sample="await-one"]');
  const second = page.locator('[data-sample="two-tasks"]');
  await replaceCode(
    page,
    first,
    'console.log("waiting");\nawait new Promise((r) => setTimeout(r, 20_000));\n',
  );
  await first.locator('[data-action="run"]').click();
  await expect(first.locator("[role=log] .run-text")).toHaveText(["waiting"], { timeout: 20_000 });
  await second.locator('[data-action="run"]').click();
  await expect(first).toHaveAttribute("data-run-state", "stopped");
  await expect(first.locator("[data-run-status]")).toHaveText(
    /^Stopped after \d+\.\d+ s: “Two tasks side by side” started a run\.$/,
  );
  await expect(second).toHaveAttribute("data-run-state", "done", { timeout: 20_000 });
});

test("in Chinese too", async ({ page }) => {
  await useWorkerRuntime(page);
  await page.goto("/zh-cn/using-asyncio/");
  const first = page.locator('[data-sample="await-one"]');
  const second = page.locator('[data-sample="two-tasks"]');
  await replaceCode(
    page,
    first,
    'console.log("waiting");\nawait new Promise((r) => setTimeout(r, 20_000));\n',
  );
  await first.locator('[data-action="run"]').click();
  await expect(first.locator("[role=log] .run-text")).toHaveText(["waiting"], { timeout: 20_000 });
  const title = (
    await second.locator(".sample-title").evaluate((h) => h.firstChild?.textContent ?? "")
  ).trim();
  await second.locator('[data-action="run"]').click();
  await expect(first.locator("[data-run-status]")).toContainText(`“${title}”`);
  await expect(first.locator("[data-run-status]")).toContainText("停止");
});
