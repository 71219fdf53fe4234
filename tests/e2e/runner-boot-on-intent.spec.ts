/**
 * The runtimes start when a learner shows they mean to run something (a pointer over Run, focus
 * on it, a press of it), never because a sample scrolled past or the page went idle: each chapter
 * is its own page, so a boot per chapter read would cost a learner who only reads about 10 s of
 * download and CPU per page and, where sessions are metered, a session each; the built-in
 * runtime's sandbox is a process and a thread. Reading five chapters boots nothing; running one
 * sample in each boots once per chapter. A stand-in counts the boots (see boot-stand-in.browser.ts):
 * it never finishes, and the WebContainer's real hosts are blocked, so no request leaves the machine.
 */
import { expect, test, type Page } from "@playwright/test";
import {
  blockWebContainerHosts,
  runAndWait,
  settleFrames,
  wheelPastUnderRestingPointer,
} from "./runner-helpers.ts";

const chapters = [
  "/en/asyncio-basics/",
  "/en/using-asyncio/",
  "/en/queues-and-coordination/",
  "/en/structured-concurrency/",
  "/en/async-iteration/",
];

/** Stands in for `WebContainer.boot()` with a boot that never ends, counted across page loads. */
async function countBoots(page: Page): Promise<{ boots: number }> {
  const counted = { boots: 0 };
  await page.exposeFunction("asyncTourCountBoot", () => {
    counted.boots += 1;
  });
  await page.addInitScript(() => {
    const scope = globalThis as typeof globalThis & { asyncTourCountBoot?: () => Promise<void> };
    globalThis.asyncTourBootStandIn = () => {
      void scope.asyncTourCountBoot?.();
      return new Promise<void>(() => undefined);
    };
  });
  await blockWebContainerHosts(page, "silent");
  return counted;
}

/**
 * Reads the page to its end as a learner does, every sample passing through the view, then waits
 * until the page has gone idle (where a page could start work it put off) and drawn two frames.
 */
async function readToTheEnd(page: Page): Promise<void> {
  for (const sample of await page.locator("[data-sample]").all()) await sample.scrollIntoViewIfNeeded();
  await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
  await page.evaluate(
    () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 })),
  );
  await settleFrames(page);
}

test("a page that is only read starts no sandbox and no worker; a reach for Run starts them", async ({
  page,
}) => {
  await countBoots(page);
  await page.goto("/en/using-asyncio/");
  await readToTheEnd(page);
  // Work put off until idle may first fetch its code: it has had the time to start by now.
  await page.waitForLoadState("networkidle");
  // The built-in runtime's sandbox is a frame (in Chromium, a process) with a thread in it.
  await expect(page.locator("iframe")).toHaveCount(0);
  expect(page.workers()).toHaveLength(0);
  const sample = page.locator('[data-sample="await-one"]');
  await sample.locator('[data-action="run"]').hover();
  await expect(page.locator("iframe[sandbox]")).toHaveCount(1);
  const lines = await runAndWait(sample);
  await expect(sample).toHaveAttribute("data-run-state", "done");
  await expect(sample).toHaveAttribute("data-ran-in", "worker");
  expect(lines[0]).toBe("asking for a reply that takes about a second");
});

test("reading five chapters boots no container", async ({ page }) => {
  test.setTimeout(150_000);
  const counted = await countBoots(page);
  for (const chapter of chapters) {
    await page.goto(chapter);
    await readToTheEnd(page);
    // No runtime choice was even made: `<html data-runtime>` is set the moment one is.
    await expect(page.locator("html")).not.toHaveAttribute("data-runtime", /.+/);
  }
  expect(counted.boots).toBe(0);
});

test("running one sample in each of five chapters boots one container per chapter", async ({ page }) => {
  test.setTimeout(150_000);
  const counted = await countBoots(page);
  for (const [index, chapter] of chapters.entries()) {
    await page.goto(chapter);
    await readToTheEnd(page);
    const sample = page.locator("[data-sample]").first();
    await sample.locator('[data-action="run"]').click();
    await expect(sample).toHaveAttribute("data-ran-in", "worker");
    await expect(page.locator("html")).toHaveAttribute("data-runtime-status", "starting");
    await expect.poll(() => counted.boots, { timeout: 15_000 }).toBe(index + 1);
  }
});

test("a pointer over Run starts the boot before any click", async ({ page }) => {
  const counted = await countBoots(page);
  await page.goto("/en/using-asyncio/");
  const sample = page.locator('[data-sample="await-one"]');
  await readToTheEnd(page);
  await expect(page.locator("html")).not.toHaveAttribute("data-runtime", /.+/);
  await sample.locator('[data-action="run"]').hover();
  await expect(page.locator("html")).toHaveAttribute("data-runtime-status", "starting");
  await expect.poll(() => counted.boots, { timeout: 15_000 }).toBe(1);
  await expect(sample).toHaveAttribute("data-run-state", "idle");
});

test("focus on Run, from the keyboard, starts the boot before any press", async ({ page }) => {
  const counted = await countBoots(page);
  await page.goto("/en/using-asyncio/");
  const sample = page.locator('[data-sample="await-one"]');
  await readToTheEnd(page);
  await expect(page.locator("html")).not.toHaveAttribute("data-runtime", /.+/);
  await sample.locator('[data-action="run"]').focus();
  await expect(page.locator("html")).toHaveAttribute("data-runtime-status", "starting");
  await expect.poll(() => counted.boots, { timeout: 15_000 }).toBe(1);
  await expect(sample).toHaveAttribute("data-run-state", "idle");
});

test("a page scrolled by the wheel under a resting pointer boots nothing", async ({ page }) => {
  const counted = await countBoots(page);
  await page.goto("/en/using-asyncio/");
  await readToTheEnd(page);
  await page.evaluate(() => scrollTo(0, 0));
  await wheelPastUnderRestingPointer(page, '[data-action="run"]');
  await expect(page.locator("html")).not.toHaveAttribute("data-runtime", /.+/);
  expect(counted.boots).toBe(0);
});
