/** The in-browser fallback meets the same runner contract as the WebContainer host. */
import { expect, test } from "@playwright/test";

test("the worker runtime passes every contract case", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/runner-check/");
  await expect(page.locator("[data-check-summary][data-done]")).toBeVisible({ timeout: 100_000 });
  const failures = await page
    .locator('[data-case][data-passed="false"]')
    .evaluateAll((rows) => rows.map((row) => row.textContent));
  expect(failures).toEqual([]);
  expect(await page.locator('[data-case][data-passed="true"]').count()).toBeGreaterThanOrEqual(10);
  // One relay iframe for every run: runs do not pile up frames.
  await expect(page.locator("iframe[sandbox]")).toHaveCount(1);
});
