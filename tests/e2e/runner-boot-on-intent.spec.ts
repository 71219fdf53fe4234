/**
 * The WebContainer boots when a learner shows they mean to run something (a pointer over Run, focus
 * on it, a press of it), never because a sample scrolled past: each chapter is its own page, so a
 * boot per chapter read would cost a learner who only reads about 10 s of download and CPU per page
 * and, where sessions are metered, a session each. Reading five chapters boots nothing; running one
 * sample in each boots once per chapter. A stand-in counts the boots (see boot-stand-in.browser.ts):
 * it never finishes, and the WebContainer's real hosts are blocked, so no request leaves the machine.
 */
import { expect, test, type Page } from "@playwright/test";
import { blockWebContainerHosts, settleFrames, wheelPastUnderRestingPointer } from "./runner-helpers.ts";

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
 * until the page has done all it does unasked: its built-in runtime's sandbox has started (that
 * happens once the page is idle, from the same module that would start a boot), and the samples
 * last in view have had their intersection reported and two frames drawn since.
 */
async function readToTheEnd(page: Page): Promise<void> {
  for (const sample of await page.locator("[data-sample]").all()) await sample.scrollIntoViewIfNeeded();
  await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
  await expect(page.locator("iframe")).toHaveCount(1);
  await settleFrames(page);
}

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
