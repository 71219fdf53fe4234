/** The chapter list shows samples run and exercises passed, kept locally, and the learner can clear it. */
import { expect, test } from "@playwright/test";
import { replaceCode, runAndWait, useWorkerRuntime } from "./runner-helpers.ts";

test("running samples and passing an exercise show in the chapter list, until cleared", async ({ page }) => {
  await useWorkerRuntime(page);
  await page.goto("/en/using-asyncio/");
  const chapterLink = page.locator('.sidebar a[href="/en/using-asyncio/"]');
  await expect(chapterLink.locator(".progress-badge")).toHaveCount(0);
  await runAndWait(page.locator('[data-sample="await-one"]'));
  await expect(chapterLink.locator(".progress-badge")).toHaveAttribute("aria-label", /1 of \d+ samples run/);

  // A stopped run is not counted as run.
  const stopped = page.locator('[data-sample="two-tasks"]');
  await stopped.locator('[data-action="run"]').click();
  await expect(stopped).toHaveAttribute("data-run-state", "running");
  await stopped.locator('[data-action="stop"]').click();
  await expect(stopped).toHaveAttribute("data-run-state", "stopped");
  await expect(chapterLink.locator(".progress-badge")).toHaveAttribute("aria-label", /1 of \d+ samples run/);

  await page.goto("/en/practice/#resolve-later");
  const exercise = page.locator('[data-exercise="resolve-later"]');
  await replaceCode(page, exercise, (await exercise.locator(".exercise-solution pre").textContent()) ?? "");
  await runAndWait(exercise);
  await page.reload();
  const practiceLink = page.locator('.sidebar a[href="/en/practice/"]');
  await expect(practiceLink.locator(".progress-badge")).toHaveAttribute(
    "aria-label",
    /1 of \d+ exercises passed/,
  );
  // The exercise's own chapter (2, asyncio basics) shows it passed as well.
  await expect(
    page.locator('.sidebar a[href="/en/asyncio-basics/"] .progress-badge[data-kind="passed"]'),
  ).toHaveAttribute("aria-label", "1 of 1 exercises passed");
  await expect(page.locator('.sidebar a[href="/en/using-asyncio/"] .progress-badge')).toBeVisible();

  await page.getByRole("button", { name: "Clear my progress" }).click();
  await page.getByRole("button", { name: "Yes, clear it" }).click();
  await expect(page.locator(".sidebar .progress-badge")).toHaveCount(0);
  await page.reload();
  await expect(page.locator(".sidebar .progress-badge")).toHaveCount(0);
});
