/**
 * axe again once the page is in use: the editor open, output with stderr, a timeline, the runtime
 * notice, a share link and its banner, and an exercise's verdict with a hint shown.
 *
 * As in accessibility.spec.ts, each state is reached once: every rule in the light theme, then the
 * rules that judge colours after the header's toggle switches to the dark one.
 */
import { expect, test, type Page } from "@playwright/test";
import { colourRules, seriousViolations } from "./axe-helpers.ts";
import { replaceCode, runAndWait, useWorkerRuntime } from "./runner-helpers.ts";

/** axe in the light theme, then its colour rules in the dark one, and back to light. */
async function expectNoViolationsInEitherTheme(page: Page, what: string): Promise<void> {
  const html = page.locator("html");
  await expect(html).toHaveAttribute("data-theme", "light");
  expect(await seriousViolations(page), `${what} (light)`).toEqual([]);
  const toggle = page.locator("[data-theme-toggle]").first();
  await toggle.click();
  await expect(html).toHaveAttribute("data-theme", "dark");
  expect(await seriousViolations(page, colourRules), `${what} (dark)`).toEqual([]);
  await toggle.click();
  await expect(html).toHaveAttribute("data-theme", "light");
}

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await useWorkerRuntime(page);
});

test("a chapter after runs, an error and a share link passes axe", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/en/using-asyncio/");
  await runAndWait(page.locator('[data-sample="two-tasks"]'));
  const sample = page.locator('[data-sample="await-one"]');
  await replaceCode(page, sample, 'console.log("out");\nconsole.error("err");\nthrow new Error("boom");\n');
  await runAndWait(sample);
  await expect(sample.locator('[role=log] [data-stream="stderr"]').first()).toBeVisible();
  await sample.locator('[data-action="share"]').click();
  await expect(sample.locator("[data-share-url]")).toHaveValue(/#share=/);
  const link = await sample.locator("[data-share-url]").inputValue();
  await expect(sample.locator("[data-runtime-notice]")).toBeVisible();
  await expectNoViolationsInEitherTheme(page, "after runs");

  // From another address, so the link loads the page instead of only changing its fragment.
  await page.goto("/en/");
  await page.goto(link);
  await expect(page.locator("[data-share-banner=shared]")).toBeVisible();
  await expectNoViolationsInEitherTheme(page, "a share link's banner");
});

test("an exercise with a verdict and a hint passes axe", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/en/practice/");
  const exercise = page.locator('[data-exercise="five-at-once"]');
  await runAndWait(exercise);
  await expect(exercise.locator("[data-check-result]")).toHaveAttribute("data-passed", "false");
  await exercise.locator(".exercise-hint summary").first().click();
  await expect(exercise.locator(".exercise-hint p").first()).toBeVisible();
  await expectNoViolationsInEitherTheme(page, "a verdict and a hint");
});
