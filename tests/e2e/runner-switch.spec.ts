/**
 * A runtime that becomes ready in the middle of a page takes the next run, and nothing the learner
 * sees depends on which runtime took a run: output text, timeline rows and exercise verdicts. The
 * learner's switch applies to the next run and keeps the output on the page. A real WebContainer
 * cannot boot here, so a stand-in boots when the spec says so (see boot-stand-in.browser.ts).
 */
import { expect, test, type Locator } from "@playwright/test";
import { outputProblems } from "../support/sample-output.ts";
import { storageKeys } from "../../src/learner/storage-keys.ts";
import { blockWebContainerHosts, replaceCode, runAndWait, standInForBoot } from "./runner-helpers.ts";

function outputOf(sample: Locator): Promise<string[]> {
  return sample.locator("[role=log] .run-text").allTextContents();
}

function timelineOf(sample: Locator): Promise<string[]> {
  return sample
    .locator("[data-timeline-row]")
    .evaluateAll((rows) =>
      rows.map(
        (row) =>
          `${(row as HTMLElement).dataset["kind"] ?? "?"} ${row.querySelector(".timeline-label")?.textContent ?? ""}`,
      ),
    );
}

/** Where the sample starts on the page (not in the viewport: pressing Run may scroll). */
function topOf(sample: Locator): Promise<number> {
  return sample.evaluate((element) => element.getBoundingClientRect().top + scrollY);
}

/** A verdict's words without its measured times, which differ from run to run in any runtime. */
async function verdictOf(verdict: Locator): Promise<string> {
  return ((await verdict.textContent()) ?? "").replace(/\d+(\.\d+)?s\b/g, "…s");
}

async function expectExpectedOutput(sample: Locator, lines: string[]): Promise<void> {
  const expected = (await sample.locator("[data-expected-output]").textContent()) ?? "";
  expect(outputProblems(expected, lines)).toBe("");
}

test("a runtime that becomes ready mid-page takes the next run, with the same output and timeline", async ({
  page,
}) => {
  await blockWebContainerHosts(page, "silent");
  const boot = await standInForBoot(page);
  await page.goto("/en/using-asyncio/");
  const sample = page.locator('[data-sample="two-tasks"]');
  // A reach for Run starts the boot (runner-boot-on-intent.spec.ts).
  await sample.locator('[data-action="run"]').hover();
  await expect(page.locator("html")).toHaveAttribute("data-runtime-status", "starting");
  const topBefore = await topOf(sample);

  const first = await runAndWait(sample);
  await expect(sample).toHaveAttribute("data-ran-in", "worker");
  await expectExpectedOutput(sample, first);
  const firstTimeline = await timelineOf(sample);
  expect(firstTimeline.length).toBeGreaterThan(0);
  // The notice is inside the sample, and nothing was put above it: the sample did not move.
  const notice = sample.locator(".run-output [data-runtime-notice]");
  await expect(notice).toContainText("This run uses the built-in runtime while Node.js starts.");
  expect(await topOf(sample)).toBe(topBefore);

  await boot.finishBoot();
  await expect(page.locator("html")).toHaveAttribute("data-runtime", "webcontainer");
  await expect(notice).toContainText("Node.js is ready now: your next run uses it.");
  expect(await outputOf(sample)).toEqual(first);

  const second = await runAndWait(sample);
  await expect(sample).toHaveAttribute("data-ran-in", "webcontainer");
  await expect(notice).toHaveText(/^This run uses Node\.js, inside your browser/);
  await expectExpectedOutput(sample, second);
  expect(await timelineOf(sample)).toEqual(firstTimeline);
});

test("an exercise gets the same verdict from either runtime", async ({ page }) => {
  test.setTimeout(60_000);
  await blockWebContainerHosts(page, "silent");
  const boot = await standInForBoot(page);
  await page.goto("/en/practice/");
  const exercise = page.locator('[data-exercise="five-at-once"]');
  const verdict = exercise.locator("[data-check-result]");
  await runAndWait(exercise);
  await expect(exercise).toHaveAttribute("data-ran-in", "worker");
  await expect(verdict).toHaveAttribute("data-passed", "false");
  const failedOnWorker = await verdictOf(verdict);
  const solution = (await exercise.locator(".exercise-solution pre").textContent()) ?? "";
  await replaceCode(page, exercise, solution);
  await runAndWait(exercise);
  await expect(verdict).toHaveAttribute("data-passed", "true");

  await boot.finishBoot();
  await expect(page.locator("html")).toHaveAttribute("data-runtime", "webcontainer");
  await runAndWait(exercise);
  await expect(exercise).toHaveAttribute("data-ran-in", "webcontainer");
  await expect(verdict).toHaveAttribute("data-passed", "true");
  await exercise.locator('[data-action="reset"]').click();
  await runAndWait(exercise);
  await expect(exercise).toHaveAttribute("data-ran-in", "webcontainer");
  await expect(verdict).toHaveAttribute("data-passed", "false");
  expect(await verdictOf(verdict)).toBe(failedOnWorker);
});

test("the learner's switch keeps the output, applies to the next run, and is remembered", async ({
  page,
}) => {
  await blockWebContainerHosts(page, "silent");
  const boot = await standInForBoot(page);
  await page.goto("/en/using-asyncio/");
  const sample = page.locator('[data-sample="await-one"]');
  // A reach for Run starts the boot (runner-boot-on-intent.spec.ts).
  await sample.locator('[data-action="run"]').hover();
  await expect(page.locator("html")).toHaveAttribute("data-runtime-status", "starting");
  await boot.finishBoot();
  await expect(page.locator("html")).toHaveAttribute("data-runtime-status", "ready");
  const output = await runAndWait(sample);
  await expect(sample).toHaveAttribute("data-ran-in", "webcontainer");

  const notice = sample.locator("[data-runtime-notice]");
  await notice.getByRole("button", { name: "Use the built-in runtime" }).click();
  await expect(notice).toContainText("Your next run uses the built-in runtime, as you chose.");
  expect(await outputOf(sample)).toEqual(output);
  await expect(page.locator("html")).toHaveAttribute("data-runtime", "worker");
  expect(await page.evaluate((key) => localStorage.getItem(key), storageKeys.runtime)).toBe("worker");
  await expectExpectedOutput(sample, await runAndWait(sample));
  await expect(sample).toHaveAttribute("data-ran-in", "worker");
  await expect(notice).toHaveText(/^This run uses the built-in runtime, as you chose\./);

  // And back: Node.js boots again (the stand-in once more), and takes the run after it is ready.
  await notice.getByRole("button", { name: "Use Node.js" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-runtime-status", "starting");
  expect(await page.evaluate((key) => localStorage.getItem(key), storageKeys.runtime)).toBeNull();
  await boot.finishBoot();
  await expect(page.locator("html")).toHaveAttribute("data-runtime-status", "ready");
  await runAndWait(sample);
  await expect(sample).toHaveAttribute("data-ran-in", "webcontainer");
});

test("a boot that fails says why, in the sample, and offers to try again", async ({ page }) => {
  await blockWebContainerHosts(page, "silent");
  const boot = await standInForBoot(page);
  await page.goto("/zh-cn/using-asyncio/");
  const sample = page.locator('[data-sample="await-one"]');
  // A reach for Run starts the boot (runner-boot-on-intent.spec.ts).
  await sample.locator('[data-action="run"]').hover();
  await expect(page.locator("html")).toHaveAttribute("data-runtime-status", "starting");
  await boot.finishBoot("WebContainer.boot() failed: third-party cookies are blocked");
  await expect(page.locator("html")).toHaveAttribute("data-runtime-status", "boot-failed");
  await runAndWait(sample);
  const notice = sample.locator("[data-runtime-notice]");
  await expect(notice).toContainText(
    "Node.js 无法在此浏览器中启动（WebContainer.boot() failed: third-party cookies are blocked）。",
  );
  await expect(notice.getByRole("button", { name: "再试一次 Node.js" })).toBeVisible();
});

test("a container that boots after the budget is torn down, and the runs stay where they are", async ({
  page,
}) => {
  await blockWebContainerHosts(page, "silent");
  const boot = await standInForBoot(page);
  await page.addInitScript(() => {
    const scope = globalThis as typeof globalThis & { standInsDisposed?: number };
    scope.standInsDisposed = 0;
    addEventListener(
      "async-tour:stand-in-disposed",
      () => (scope.standInsDisposed = (scope.standInsDisposed ?? 0) + 1),
    );
  });
  await page.clock.install();
  await page.goto("/en/using-asyncio/");
  const sample = page.locator('[data-sample="await-one"]');
  // A reach for Run starts the boot (runner-boot-on-intent.spec.ts).
  await sample.locator('[data-action="run"]').hover();
  await expect(page.locator("html")).toHaveAttribute("data-runtime-status", "starting");
  await page.clock.fastForward(30_000);
  await expect(page.locator("html")).toHaveAttribute("data-runtime-status", "boot-timeout");
  await boot.finishBoot();
  await expect
    .poll(() =>
      page.evaluate(() => (globalThis as typeof globalThis & { standInsDisposed?: number }).standInsDisposed),
    )
    .toBe(1);
  await expect(page.locator("html")).toHaveAttribute("data-runtime", "worker");
  await runAndWait(sample);
  await expect(sample).toHaveAttribute("data-ran-in", "worker");
});

test("a syntax error hides the notice: no runtime took that run", async ({ page }) => {
  await blockWebContainerHosts(page, "silent");
  await page.goto("/en/using-asyncio/");
  const sample = page.locator('[data-sample="await-one"]');
  await runAndWait(sample);
  await expect(sample.locator("[data-runtime-notice]")).toBeVisible();
  await replaceCode(page, sample, "const broken = (;\n");
  await runAndWait(sample);
  await expect(sample).toHaveAttribute("data-run-state", "error");
  await expect(sample.locator("[data-runtime-notice]")).toBeHidden();
});
