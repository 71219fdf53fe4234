/**
 * When the WebContainer cannot boot (its hosts unreachable, as offline or on a school network), no
 * Run waits for it: the built-in runtime answers while the boot is still pending, the notice inside
 * the sample says so in plain words, a failed boot is remembered so the next page does not try, and
 * the notice offers to try again. No request leaves the machine: the WebContainer's hosts are
 * blocked by the test. No timed assertions: "at once" means "while the boot has not settled".
 */
import { expect, test } from "@playwright/test";
import { outputProblems } from "../support/sample-output.ts";
import { storageKeys } from "../../src/learner/storage-keys.ts";
import { blockWebContainerHosts, runAndWait, standInForBoot } from "./runner-helpers.ts";
import { webContainerProbeUrl } from "../../src/runner/check/network-probe.ts";
import { probeAfterMs } from "../../src/runner/webcontainer/host-reachability.ts";
import { bootBudgetMs } from "../../src/runner/select-host.ts";

const failedKey = storageKeys.webContainerFailedAt;

test("a host that never answers: the first Run answers while Node.js is still starting", async ({ page }) => {
  const tried = await blockWebContainerHosts(page, "silent");
  // The page's clock is the test's, so the 30 s boot budget can pass without waiting for it.
  await page.clock.install();
  await page.goto("/en/using-asyncio/");
  expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(true);
  const sample = page.locator('[data-sample="await-one"]');
  const lines = await runAndWait(sample);
  // The run is over, and the boot has not settled: nothing waited for it.
  await expect(page.locator("html")).toHaveAttribute("data-runtime-status", "starting");
  await expect(sample).toHaveAttribute("data-ran-in", "worker");
  await expect(sample).toHaveAttribute("data-run-state", "done");
  const expected = (await sample.locator("[data-expected-output]").textContent()) ?? "";
  expect(outputProblems(expected, lines)).toBe("");
  const notice = sample.getByRole("status").filter({ hasText: "This run uses" });
  await expect(notice).toHaveText(/^This run uses the built-in runtime while Node\.js starts\./);
  // Inside the sample that ran, and nowhere else on the page.
  await expect(page.locator("[data-runtime-notice]")).toHaveCount(1);
  await expect(sample.locator(".run-output [data-runtime-notice]")).toHaveCount(1);

  // Past the budget the page stops counting on Node.js, remembers it, and says so in the same place.
  await page.clock.fastForward(30_000);
  await expect(page.locator("html")).toHaveAttribute("data-runtime-status", "boot-timeout");
  await expect(notice).toContainText("did not start within 30 seconds");
  await expect(notice.getByRole("button", { name: "Try Node.js again" })).toBeVisible();
  expect(await sample.locator("[role=log] .run-text").allTextContents()).toEqual(lines);
  expect(await page.evaluate((key) => localStorage.getItem(key), failedKey)).toMatch(/^\d+$/);
  expect(tried.hits).toBeGreaterThan(0);
});

test("a start that fails at once: the notice says so at once, never that Node.js is starting", async ({
  page,
}) => {
  await blockWebContainerHosts(page, "silent");
  const boot = await standInForBoot(page);
  // The page's clock is the test's: the notice cannot be ended by the 30 s budget, only by the failure.
  await page.clock.install();
  await page.goto("/en/using-asyncio/");
  const sample = page.locator('[data-sample="await-one"]');
  await runAndWait(sample);
  const notice = sample.locator("[data-runtime-notice]");
  await expect(notice).toContainText("while Node.js starts");
  await boot.finishBoot("the network is unreachable");
  await expect(page.locator("html")).toHaveAttribute("data-runtime-status", "boot-failed");
  await expect(notice).toContainText(
    /^This run uses the built-in runtime: Node\.js could not start in this browser \(the network is unreachable\)\./,
  );
  await expect(notice).not.toContainText(/Node\.js (starts|is starting)/);
  await expect(notice.getByRole("button", { name: "Try Node.js again" })).toBeVisible();
});

test("a hung boot while the browser is offline: the page says so long before the budget", async ({
  page,
}) => {
  await standInForBoot(page);
  await page.route(webContainerProbeUrl, (route) => route.abort("internetdisconnected"));
  // The page's clock is the test's: only the probe's short delay passes, never the 30 s budget.
  await page.clock.install();
  await page.goto("/en/using-asyncio/");
  const sample = page.locator('[data-sample="await-one"]');
  await runAndWait(sample);
  await expect(sample).toHaveAttribute("data-ran-in", "worker");
  // Only an offline browser makes a failed probe sure: on this isolated page, a host that answers
  // without a CORP header fails it too (see the next test).
  await page.context().setOffline(true);
  await page.clock.fastForward(probeAfterMs);
  await expect(page.locator("html")).toHaveAttribute("data-runtime-status", "host-unreachable");
  const notice = sample.locator("[data-runtime-notice]");
  await expect(notice).toContainText(
    "does not reach the server that provides Node.js (offline, or blocked by a filter)",
  );
  await expect(notice).not.toContainText("while Node.js starts");
  // The next run goes to the built-in runtime without waiting for anything.
  await runAndWait(sample);
  await expect(sample).toHaveAttribute("data-ran-in", "worker");
});

test("a hung boot whose probe fails while online: neither cause is claimed, and both are named", async ({
  page,
}) => {
  const warnings: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "warning") warnings.push(message.text());
  });
  await standInForBoot(page);
  // What a real isolated page sees when the host answers without a CORP header (COEP blocks the
  // answer), and also when the network fails: route.fulfill would skip that block, so abort.
  await page.route(webContainerProbeUrl, (route) => route.abort("failed"));
  // A learner's browser that loaded the site says it is online; this machine's may not (the test's
  // network has no way out), so the page is told so.
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, "onLine", { get: () => true }));
  await page.clock.install();
  await page.goto("/en/using-asyncio/");
  expect(await page.evaluate(() => globalThis.crossOriginIsolated && navigator.onLine)).toBe(true);
  const sample = page.locator('[data-sample="await-one"]');
  await runAndWait(sample);
  await page.clock.fastForward(probeAfterMs);
  const notice = sample.locator("[data-runtime-notice]");
  // The host may have answered, so a cold boot may still finish: the budget still runs.
  await expect(page.locator("html")).toHaveAttribute("data-runtime-status", "starting");
  await expect(notice).not.toContainText(/offline|filter/);
  await page.clock.fastForward(bootBudgetMs);
  await expect(page.locator("html")).toHaveAttribute("data-runtime-status", "unreached-or-refused");
  await expect(notice).toContainText(
    "the Node.js runtime could not be reached, or did not start for this site",
  );
  await expect(notice).not.toContainText(/offline|filter/);
  const told = warnings.filter((line) => line.includes("PUBLIC_WEBCONTAINER_CLIENT_ID"));
  expect(told).toHaveLength(1);
  expect(told[0]).toContain("offline, or blocked by a filter");
});

test("a hung boot whose host answers: the site is blamed after the budget, and the maintainer told", async ({
  page,
}) => {
  const warnings: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "warning") warnings.push(message.text());
  });
  await standInForBoot(page);
  // Fulfilled by Playwright, the answer skips the browser's CORP check: the probe sees an answer.
  await page.route(webContainerProbeUrl, (route) => route.fulfill({ status: 404 }));
  await page.clock.install();
  await page.goto("/en/using-asyncio/");
  const sample = page.locator('[data-sample="await-one"]');
  await runAndWait(sample);
  await page.clock.fastForward(probeAfterMs);
  const notice = sample.locator("[data-runtime-notice]");
  // The host answered: still starting, and nothing blames the network.
  await expect(page.locator("html")).toHaveAttribute("data-runtime-status", "starting");
  await expect(notice).not.toContainText(/offline|filter/);
  await page.clock.fastForward(bootBudgetMs);
  await expect(page.locator("html")).toHaveAttribute("data-runtime-status", "not-started-for-site");
  await expect(notice).toContainText("the Node.js runtime did not start for this site");
  await expect(notice).not.toContainText(/offline|filter/);
  expect(warnings.filter((line) => line.includes("PUBLIC_WEBCONTAINER_CLIENT_ID"))).toHaveLength(1);
});

test("a refused host: the Run does not wait, the failure is remembered, the next page does not try", async ({
  page,
}) => {
  const tried = await blockWebContainerHosts(page, "refused");
  await page.clock.install();
  await page.goto("/en/using-asyncio/");
  const sample = page.locator('[data-sample="await-one"]');
  await runAndWait(sample);
  await expect(sample).toHaveAttribute("data-ran-in", "worker");
  await expect(sample).toHaveAttribute("data-run-state", "done");
  // The API does not always reject when its frame is refused; then only the budget ends the boot.
  await page.clock.fastForward(30_000);
  // The probe of the runtime's host is refused too. On an isolated page that names both causes (a
  // host answering without a CORP header fails the probe the same way), unless the browser says it
  // is offline, as it may on a test machine with no way out: then the network is blamed at once.
  await expect(page.locator("html")).toHaveAttribute(
    "data-runtime-status",
    /^(boot-failed|boot-timeout|unreached-or-refused|host-unreachable)$/,
  );
  await expect(sample.locator("[data-runtime-notice]")).toContainText(
    /Node\.js (could not start|did not start)|could not be reached, or did not start|does not reach the server/,
  );
  expect(tried.hits).toBeGreaterThan(0);

  // Another lesson page: the remembered failure skips the boot, without a single request.
  tried.hits = 0;
  await page.goto("/en/asyncio-basics/");
  const next = page.locator("[data-sample]").first();
  await runAndWait(next);
  await expect(page.locator("html")).toHaveAttribute("data-runtime-status", "failed-before");
  await expect(next).toHaveAttribute("data-ran-in", "worker");
  const nextNotice = next.locator("[data-runtime-notice]");
  await expect(nextNotice).toContainText("could not start in this browser recently");
  expect(tried.hits).toBe(0);

  // The learner asks to try again: the boot is tried (and refused again), the output stays.
  const output = await next.locator("[role=log] .run-text").allTextContents();
  await nextNotice.getByRole("button", { name: "Try Node.js again" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-runtime-status", "starting");
  await expect(nextNotice).toContainText("Node.js is starting");
  await expect.poll(() => tried.hits).toBeGreaterThan(0);
  expect(await next.locator("[role=log] .run-text").allTextContents()).toEqual(output);
});

test("choosing the built-in runtime while Node.js starts is remembered: the next page does not boot", async ({
  page,
}) => {
  const tried = await blockWebContainerHosts(page, "silent");
  await page.goto("/en/using-asyncio/");
  const sample = page.locator('[data-sample="await-one"]');
  const output = await runAndWait(sample);
  await expect(page.locator("html")).toHaveAttribute("data-runtime-status", "starting");
  await sample
    .locator("[data-runtime-notice]")
    .getByRole("button", { name: "Always use the built-in runtime" })
    .click();
  await expect(page.locator("html")).toHaveAttribute("data-runtime-status", "preference");
  expect(await sample.locator("[role=log] .run-text").allTextContents()).toEqual(output);

  tried.hits = 0;
  await page.reload();
  const again = page.locator('[data-sample="await-one"]');
  await runAndWait(again);
  await expect(page.locator("html")).toHaveAttribute("data-runtime-status", "preference");
  await expect(again.locator("[data-runtime-notice]")).toContainText(
    "This run uses the built-in runtime, as you chose.",
  );
  await expect(
    again.locator("[data-runtime-notice]").getByRole("button", { name: "Use Node.js" }),
  ).toBeVisible();
  expect(tried.hits).toBe(0);
});

test("a failure older than a day is forgotten: the boot is tried again", async ({ page }) => {
  const tried = await blockWebContainerHosts(page, "silent");
  await page.addInitScript(([key, at]) => localStorage.setItem(key, String(at)), [
    failedKey,
    Date.now() - 25 * 60 * 60 * 1000,
  ] as const);
  await page.goto("/en/using-asyncio/");
  await runAndWait(page.locator('[data-sample="await-one"]'));
  await expect(page.locator("html")).toHaveAttribute("data-runtime-status", "starting");
  await expect.poll(() => tried.hits).toBeGreaterThan(0);
});

test("an iPad that reports itself as a Mac never boots the WebContainer, and the notice says why", async ({
  browser,
}) => {
  const context = await browser.newContext({
    userAgent:
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
    hasTouch: true,
  });
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "platform", { get: () => "MacIntel" });
    Object.defineProperty(Navigator.prototype, "maxTouchPoints", { get: () => 5 });
  });
  const page = await context.newPage();
  const tried = await blockWebContainerHosts(page, "silent");
  await page.goto("/zh-cn/using-asyncio/");
  const sample = page.locator('[data-sample="await-one"]');
  await runAndWait(sample);
  await expect(page.locator("html")).toHaveAttribute("data-runtime-status", "apple-mobile");
  const notice = sample.locator("[data-runtime-notice]");
  await expect(notice).toContainText("在 iPhone 和 iPad 上不启动浏览器中的 Node.js");
  // Nothing a learner could switch would make it boot there, so no switch is offered.
  await expect(notice.getByRole("button")).toBeHidden();
  expect(tried.hits).toBe(0);
  await context.close();
});

test("no runtime starts on a page without samples", async ({ page }) => {
  await page.goto("/en/search/");
  // Every script the page loads has run and fetched what it wanted: a runtime would have started.
  await page.waitForLoadState("networkidle");
  await expect(page.locator("html")).not.toHaveAttribute("data-runtime", /.+/);
  await expect(page.locator("iframe")).toHaveCount(0);
});
