/**
 * When a WebContainer cannot boot (here its host is blocked, as offline or on a school network),
 * the in-browser runtime takes over after the boot time limit, says why, and offers a switch that
 * is remembered. No request leaves the machine: the WebContainer's hosts are refused by the test.
 */
import { expect, test } from "@playwright/test";
import { runAndWait } from "./runner-helpers.ts";

test("the fallback takes over when the WebContainer cannot boot, and says why", async ({ page }) => {
  test.setTimeout(60_000);
  await page.route(/stackblitz|webcontainer/, (route) => route.abort("namenotresolved"));
  await page.goto("/en/using-asyncio/");
  expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(true);
  const sample = page.locator('[data-example="await-one"]');
  const started = Date.now();
  const lines = await runAndWait(sample, 40_000);
  const takeoverMs = Date.now() - started;
  test.info().annotations.push({ type: "fallback takeover (ms)", description: String(takeoverMs) });
  await expect(page.locator("html")).toHaveAttribute("data-runtime", "worker");
  const notice = page.locator("[data-runtime-notice]");
  // A refused host makes boot fail fast; a silent one hits the time limit. Either way, it says why.
  await expect(notice).toContainText(/could not start|did not start in time/);
  expect(lines.at(-1)).toMatch(/^done after \d\.\ds$/);

  // The learner's choice is remembered: next time the fallback is used at once.
  await notice.getByRole("button", { name: "Always use the built-in runtime" }).click();
  await page.waitForLoadState("load");
  await runAndWait(page.locator('[data-example="await-one"]'));
  await expect(page.locator("[data-runtime-notice]")).toContainText("you chose it");
});

test("a WebContainer host that never answers hits the boot time limit, and the run still happens", async ({
  page,
}) => {
  test.setTimeout(60_000);
  // As measured offline: the boot request neither fails nor answers, so only the limit helps.
  await page.route(/stackblitz|webcontainer/, () => undefined);
  await page.goto("/en/using-asyncio/");
  const sample = page.locator('[data-example="await-one"]');
  const lines = await runAndWait(sample, 40_000);
  await expect(page.locator("html")).toHaveAttribute("data-runtime", "worker");
  await expect(page.locator("[data-runtime-notice]")).toContainText("did not start in time");
  expect(lines.at(-1)).toMatch(/^done after \d\.\ds$/);
});

test("no runtime starts on a page without samples", async ({ page }) => {
  await page.goto("/en/search/");
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
  await expect(page.locator("html")).not.toHaveAttribute("data-runtime", /.+/);
  await expect(page.locator("iframe")).toHaveCount(0);
});
