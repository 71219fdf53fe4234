/**
 * Every exercise judged in the browser runtime, as a learner meets it on the practice page: the
 * start fails, the solution passes, and each wrong answer beside it fails with the message it names.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { readAllExercises, readWrongAnswers } from "../../src/exercises/exercise-files.node.ts";
import { fullSweep } from "./site-pages.ts";
import { replaceCode, runAndWait, useWorkerRuntime } from "./runner-helpers.ts";

/** Opens the exercise on the practice page, in the built-in runtime. */
async function openExercise(page: Page, id: string) {
  await useWorkerRuntime(page);
  await page.goto(`/en/practice/#${id}`);
  const exercise = page.locator(`[data-exercise="${id}"]`);
  return { exercise, verdict: exercise.locator("[data-check-result]") };
}

/** Puts `code` in the exercise's editor; the editor loads on first focus, slowly on a busy machine. */
async function putCode(page: Page, exercise: Locator, code: string): Promise<void> {
  await exercise.locator("[data-editor=ts]").focus();
  await expect(exercise.locator("[data-editor=ts] .cm-content")).toBeVisible({ timeout: 60_000 });
  await replaceCode(page, exercise, code);
}

for (const { id } of readAllExercises()) {
  test(`${id}: the start fails and the solution passes`, async ({ page }) => {
    test.setTimeout(120_000);
    const { exercise, verdict } = await openExercise(page, id);
    await runAndWait(exercise);
    await expect(verdict, `${id}: the starting code must fail`).toHaveAttribute("data-passed", "false");
    const solution = (await exercise.locator(".exercise-solution pre").textContent()) ?? "";
    await putCode(page, exercise, solution);
    await runAndWait(exercise);
    await expect(verdict, `${id}: the solution must pass`).toHaveAttribute("data-passed", "true");
    await expect(verdict).toContainText("Check passed");
  });

  // Every wrong answer runs under Node and the fake container in the unit suites
  // (tests/suites/exercises.test.ts); here, the first one per exercise, and all of them with E2E_FULL=1.
  for (const wrong of readWrongAnswers(id).slice(0, fullSweep ? undefined : 1)) {
    test(`${id}: ${wrong.name} fails, saying what is missing`, async ({ page }) => {
      test.setTimeout(120_000);
      const { exercise, verdict } = await openExercise(page, id);
      await putCode(page, exercise, wrong.code);
      await runAndWait(exercise);
      await expect(verdict).toHaveAttribute("data-passed", "false");
      await expect(verdict).toContainText(wrong.expectedMessage);
    });
  }
}

test("a failed check says what is missing, in Chinese on Chinese pages", async ({ page }) => {
  // The starting code makes five 1 s requests one after another, on a page with every exercise.
  test.setTimeout(90_000);
  await useWorkerRuntime(page);
  await page.goto("/zh-cn/practice/#five-at-once");
  const exercise = page.locator('[data-exercise="five-at-once"]');
  await runAndWait(exercise);
  await expect(exercise.locator("[data-check-result]")).toContainText(
    "应有至少 5 个请求同时在等待；最忙的时候有 1 个。",
  );
});
