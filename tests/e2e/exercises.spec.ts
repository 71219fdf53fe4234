/**
 * Every exercise judged in the browser runtime, as a learner meets it on the practice page: the
 * start fails, the solution passes, and each wrong answer beside it fails with the message it names.
 */
import { expect, test } from "@playwright/test";
import { readAllExercises, readWrongAnswers } from "../../src/exercises/exercise-files.node.ts";
import { replaceCode, runAndWait, useWorkerRuntime } from "./runner-helpers.ts";

for (const { id } of readAllExercises()) {
  test(`${id}: the start fails, the solution passes, every wrong answer fails`, async ({ page }) => {
    test.setTimeout(240_000);
    await useWorkerRuntime(page);
    await page.goto(`/en/practice/#${id}`);
    const exercise = page.locator(`[data-exercise="${id}"]`);
    const verdict = exercise.locator("[data-check-result]");
    await runAndWait(exercise);
    await expect(verdict, `${id}: the starting code must fail`).toHaveAttribute("data-passed", "false");
    for (const wrong of readWrongAnswers(id)) {
      await replaceCode(page, exercise, wrong.code);
      await runAndWait(exercise);
      await expect(verdict, `${id}: ${wrong.name} must fail`).toHaveAttribute("data-passed", "false");
      await expect(verdict, `${id}: ${wrong.name} must say what is missing`).toContainText(
        wrong.expectedMessage,
      );
    }
    const solution = (await exercise.locator(".exercise-solution pre").textContent()) ?? "";
    await replaceCode(page, exercise, solution);
    await runAndWait(exercise);
    await expect(verdict, `${id}: the solution must pass`).toHaveAttribute("data-passed", "true");
    await expect(verdict).toContainText("Check passed");
  });
}

test("a failed check says what is missing, in Chinese on Chinese pages", async ({ page }) => {
  await useWorkerRuntime(page);
  await page.goto("/zh-cn/practice/#five-at-once");
  const exercise = page.locator('[data-exercise="five-at-once"]');
  await runAndWait(exercise);
  await expect(exercise.locator("[data-check-result]")).toContainText("同时进行的请求数：1（至少 5）");
});
