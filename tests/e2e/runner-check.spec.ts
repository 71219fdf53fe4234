/**
 * The runner self-check page: the runtime is chosen in the URL, every contract case and every sample
 * gets a verdict, and the whole record is published on the page and as a download. (A real
 * WebContainer cannot boot here, so its choice is checked up to the visible boot status.) This is
 * where the built-in runtime meets the runner contract (tests/suites/contract-hosts.node.ts).
 *
 * Every sample already runs in the built-in runtime on its chapter page (runner-samples.spec.ts), so
 * `npm test` gives the page a slice of the sample list, enough to prove the sample verdicts and the
 * summary; E2E_FULL=1 checks every sample here too.
 */
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { listSampleIds } from "../../src/samples/sample-files.node.ts";
import { parseCheckRecord } from "../../src/runner/check/check-record.ts";
import { contractCases } from "../../src/runner/contract/cases.ts";
import { fullSweep } from "./site-pages.ts";

/** Serves the page only the first few samples of its list, unless this is the full sweep. */
async function sliceSampleList(page: Page): Promise<void> {
  if (fullSweep) return;
  await page.route("**/runner-check/samples.json", async (route) => {
    const response = await route.fetch();
    const all = (await response.json()) as unknown[];
    await route.fulfill({ response, json: all.slice(0, slicedSampleCount) });
  });
}
const slicedSampleCount = 3;

test("the built-in check publishes a complete record, also as a download", async ({ page }) => {
  test.setTimeout(240_000);
  await sliceSampleList(page);
  await page.goto("/runner-check/?runtime=worker");
  await expect(page.getByRole("link", { name: "Built-in runtime" })).toHaveAttribute("aria-current", "page");
  await expect(page.locator("body[data-record-ready]")).toBeAttached({ timeout: 220_000 });
  const record = parseCheckRecord(JSON.stringify(await page.evaluate(() => window.__runnerCheckRecord)));
  expect(record.runtime).toBe("worker");
  expect(record.bootError).toBeNull();
  expect(record.cases.map((verdict) => verdict.name)).toEqual(contractCases.map((testCase) => testCase.name));
  const sampleIds = listSampleIds();
  expect(record.samples.map((verdict) => verdict.name)).toEqual(
    fullSweep ? sampleIds : sampleIds.slice(0, slicedSampleCount),
  );
  const failed = [...record.cases, ...record.samples].filter((verdict) => !verdict.passed);
  expect(failed.map((verdict) => `${verdict.name}: ${verdict.problems.join("; ")}`)).toEqual([]);
  await expect(page.locator("[data-samples-summary][data-done]")).toHaveText(
    `${record.samples.length} passed, 0 failed`,
  );
  // One relay iframe for every run: runs do not pile up frames.
  await expect(page.locator("iframe[sandbox]")).toHaveCount(1);

  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download the record (JSON)" }).click();
  const saved = await (await downloading).path();
  expect(parseCheckRecord(readFileSync(saved, "utf8"))).toEqual(record);
});

test("choosing the WebContainer boots it with a visible, counting status, in the browser's language", async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: "zh-CN" });
  // The WebContainer's host is refused, as offline, so this test is the same with or without a network.
  await context.route(/stackblitz|staticblitz|webcontainer\.io/, (route) =>
    route.abort("internetdisconnected"),
  );
  const page = await context.newPage();
  await page.goto("/runner-check/");
  await page.getByRole("link", { name: "WebContainer" }).click();
  await expect(page).toHaveURL(/runtime=webcontainer/);
  await expect(page.getByRole("link", { name: "WebContainer" })).toHaveAttribute("aria-current", "page");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  const status = page.locator("[data-boot]");
  await expect(status).toHaveAttribute("data-boot-state", "booting");
  // The wait is shown as it grows: the page never gives up on a slow boot by itself.
  await expect(status).toContainText(/已过 [1-9]\d* 秒/, { timeout: 15_000 });
  await expect(page.getByRole("button", { name: "下载记录（JSON）" })).toBeDisabled();
  await context.close();
});
