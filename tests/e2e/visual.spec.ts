/**
 * The look, held to committed pictures (issue 24, item 7): a chapter, a sample idle, run, failed
 * and stopped, an exercise's verdict failing and passed, the timeline, a 390 × 844 phone, both
 * themes and both languages. Each picture is compared with `toHaveScreenshot` within a small
 * tolerance, so a changed layout fails and anti-aliasing noise does not.
 *
 * Kept cheap and steady: states are combined on one page load, cards and verdicts are taken as
 * elements rather than whole pages, and what varies from run to run is masked (the per-line clocks
 * and the "Done in 2.03 s." line) or frozen (animations, the caret). The timeline is of two-tasks,
 * whose 2 s and 1 s timers draw nearly the same bars every run: timer jitter moves a bar's end by a
 * few pixels, 0.2–0.4 % of that picture, well within the 1 % tolerance. Every other picture comes
 * out pixel for pixel the same. Chinese text shows as boxes on a machine without a CJK font (as on
 * CI): the layout is still compared.
 *
 * The baselines are in visual.spec.ts-snapshots/, made with Debian's Chromium and fonts. After a
 * change to the look that is meant, look at the failing test's diff (test-results/, or the HTML
 * report), then take new pictures and commit them with the change:
 *   npm run build && SITE_PREBUILT=1 npx playwright test tests/e2e/visual.spec.ts --update-snapshots
 * (in the network namespace of your machine's convention, if any). Never update them to make an
 * unexplained failure go away: that failure is what this spec is for. screenshots.spec.ts is apart:
 * pictures for a person to look at in the full run, asserting nothing.
 */
import {
  expect,
  test,
  type Locator,
  type Page,
  type PageAssertionsToHaveScreenshotOptions,
} from "@playwright/test";
import { openIn, themes } from "./design-helpers.ts";
import { replaceCode, runAndWait, useWorkerRuntime } from "./runner-helpers.ts";

/** What every picture shares: no motion, no caret, and a tolerance above anti-aliasing noise. */
const still = {
  animations: "disabled",
  caret: "hide",
  // Per pixel, the colour distance that counts as a change (0–1); then the share of such pixels
  // allowed. A moved block of the layout changes far more than 1 % of an image's pixels.
  threshold: 0.2,
  maxDiffPixelRatio: 0.01,
} satisfies PageAssertionsToHaveScreenshotOptions;

/** The same, with the times of a run (its status, per-line clocks and exit line) masked. */
function timesMasked(target: Locator): PageAssertionsToHaveScreenshotOptions {
  return {
    ...still,
    mask: [
      target.locator("[data-run-status]"),
      target.locator(".run-time"),
      target.locator("[data-exit-status]"),
    ],
    maskColor: "#808080",
  };
}

/**
 * Opens `path` as design-helpers' openIn does, with the sticky header held in the flow: a shot of
 * an element taller than the view would otherwise have the header drawn across it wherever the
 * scroll left it. At the top of the page, where the page shots are taken, that changes nothing.
 */
async function openStill(
  page: Page,
  path: string,
  theme: (typeof themes)[number],
  width: number,
  height: number,
): Promise<void> {
  await openIn(page, path, theme, width, height);
  await page.addStyleTag({ content: ".site-header { position: static !important; }" });
}

/**
 * Waits until the chapter's map ("On this page") marks its first section, as it does at the top
 * of the page: its script runs after the first paint, so a shot could otherwise catch it unmarked.
 */
async function mapAtTop(page: Page): Promise<void> {
  await expect(page.locator(".on-this-page a[data-section]").first()).toHaveAttribute(
    "aria-current",
    "location",
  );
}

/**
 * Brings `target` into view and lets the page draw it there. A sample off screen is not laid out
 * (content-visibility: auto) and stands in as a box of a typical height until it comes near the
 * view, so a shot taken as it scrolls in would catch the stand-in.
 */
async function inView(target: Locator): Promise<Locator> {
  await target.scrollIntoViewIfNeeded();
  await target.evaluate(
    () => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn))),
  );
  return target;
}

test("en at 1280 × 800: the chapter and a sample idle, run, failed and stopped, light and dark", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await useWorkerRuntime(page);
  await openStill(page, "/en/using-asyncio/", "light", 1280, 800);
  await mapAtTop(page);
  await expect(page).toHaveScreenshot("chapter-en-light.png", still);

  // The samples' cards are taller than the view (two-tasks: 1,741 px), and a shot that scrolls lets
  // the stand-in heights of samples not yet drawn (content-visibility) change under it: CI once
  // caught await-one's box at 3,181 px, and a loaded run here two-tasks' as a blank stand-in. A view
  // that holds a whole card changes nothing in it (its layout depends on the width alone).
  await page.setViewportSize({ width: 1280, height: 1800 });
  const twoTasks = page.locator('[data-sample="two-tasks"]');
  await expect(await inView(twoTasks)).toHaveScreenshot("sample-idle.png", still);
  // The chart's time runs from the press of Run, so the runtime's first start would sit in it:
  // under load in CI it once took 0.9 s and moved every bar. A run before it starts the runtime.
  const awaitOne = page.locator('[data-sample="await-one"]');
  await runAndWait(awaitOne);
  await runAndWait(twoTasks);
  await expect(twoTasks).toHaveAttribute("data-run-state", "done");
  // Two named tasks and their two timers: 2 s and 1 s, so the bars are the same every run.
  await expect(twoTasks.locator("[data-timeline-row]")).toHaveCount(4);
  const ran = twoTasks.locator(".run-output");
  await expect(await inView(ran)).toHaveScreenshot("sample-done-output-light.png", timesMasked(ran));

  // One sample, failed then stopped: a short card (1,192 px), its Python panel the same in both.
  await replaceCode(page, awaitOne, "const most = Math.max(1, 2;\nconsole.log(most);\n");
  await runAndWait(awaitOne);
  await expect(awaitOne).toHaveAttribute("data-run-state", "error");
  await expect(awaitOne.locator(".cm-error-line")).toBeVisible();
  await expect(await inView(awaitOne)).toHaveScreenshot("sample-error.png", timesMasked(awaitOne));

  await replaceCode(page, awaitOne, 'console.log("looping");\nwhile (true) {}\n');
  await awaitOne.locator('[data-action="run"]').click();
  await expect(awaitOne.locator("[role=log] .run-text")).toHaveText(["looping"], { timeout: 30_000 });
  await awaitOne.locator('[data-action="stop"]').click();
  await expect(awaitOne).toHaveAttribute("data-run-state", "stopped", { timeout: 10_000 });
  await expect(await inView(awaitOne)).toHaveScreenshot("sample-stopped.png", timesMasked(awaitOne));

  // The learner's own switch, so the editor follows the theme as it does for them.
  await page.locator("[data-theme-toggle]").first().click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(await inView(ran)).toHaveScreenshot("sample-done-output-dark.png", timesMasked(ran));
  // The page again, as the learner's stored choice shows it (a jump back to the top can leave the
  // chapter's map marking the section last read: no heading crosses its band on the way).
  await openStill(page, "/en/using-asyncio/", "dark", 1280, 800);
  await mapAtTop(page);
  await expect(page).toHaveScreenshot("chapter-en-dark.png", still);
});

test("en at 1280 × 800: an exercise's verdict, failing in light and passed in dark", async ({ page }) => {
  test.setTimeout(90_000);
  await useWorkerRuntime(page);
  await openStill(page, "/en/practice/", "light", 1280, 800);
  const failing = page.locator('[data-exercise="five-at-once"]');
  await runAndWait(failing);
  const failed = failing.locator("[data-check-result]");
  await expect(failed).toHaveAttribute("data-passed", "false");
  await expect(await inView(failed)).toHaveScreenshot("verdict-failing.png", still);

  await page.locator("[data-theme-toggle]").first().click();
  const solved = page.locator('[data-exercise="resolve-later"]');
  await replaceCode(page, solved, (await solved.locator(".exercise-solution pre").textContent()) ?? "");
  await runAndWait(solved);
  const passed = solved.locator("[data-check-result]");
  await expect(passed).toHaveAttribute("data-passed", "true");
  await expect(await inView(passed)).toHaveScreenshot("verdict-passed-dark.png", still);
});

test("zh-cn at 1280 × 800 in dark, and the phone at 390 × 844 in both languages", async ({ page }) => {
  await openStill(page, "/zh-cn/using-asyncio/", "dark", 1280, 800);
  await mapAtTop(page);
  await expect(page).toHaveScreenshot("chapter-zh-cn-dark.png", still);

  await openStill(page, "/en/using-asyncio/", "light", 390, 844);
  await mapAtTop(page);
  await expect(page).toHaveScreenshot("phone-chapter-en-light.png", still);
  await expect(await inView(page.locator('[data-sample="two-tasks"]'))).toHaveScreenshot(
    "phone-sample-en-light.png",
    still,
  );

  await openStill(page, "/zh-cn/using-asyncio/", "dark", 390, 844);
  await mapAtTop(page);
  await expect(page).toHaveScreenshot("phone-chapter-zh-cn-dark.png", still);
});
