/**
 * Every exercise judged in the browser runtime, as a learner meets it on the practice page, with
 * its corpus: the start fails, the right answers (solution.ts and right-*.ts) pass, and the wrong
 * answers fail with the message each names. By default the solution, the answers from issue 19
 * (right ones that used to fail, wrong ones that used to pass) and the first other wrong answer
 * per exercise run here; all of them with E2E_FULL=1. Every answer, right and wrong, also runs
 * under Node (tests/suites/exercises.test.ts), where the same judge decides.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import {
  readAllExercises,
  readRightAnswers,
  readWrongAnswers,
} from "../../src/exercises/exercise-files.node.ts";
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

/** The right answers this run judges in the browser: the solution first. */
function rightAnswersToRun(id: string) {
  const all = readRightAnswers(id);
  if (fullSweep) return all;
  return all.filter((right, index) => index === 0 || right.code.includes("(from issue 19)"));
}

/** The wrong answers this run judges in the browser. */
function wrongAnswersToRun(id: string) {
  const all = readWrongAnswers(id);
  if (fullSweep) return all;
  const fromIssue = all.filter((wrong) => wrong.code.includes("(from issue 19)"));
  const other = all.find((wrong) => !fromIssue.includes(wrong));
  return other === undefined ? fromIssue : [...fromIssue, other];
}

// One test per exercise: the practice page holds every exercise and is slow to open on a busy
// machine, so each exercise's answers share one opening of it.
for (const { id } of readAllExercises()) {
  test(`${id}: the start fails, the right answers pass, the wrong ones fail saying what is missing`, async ({
    page,
  }) => {
    const rights = rightAnswersToRun(id);
    const wrongs = wrongAnswersToRun(id);
    test.setTimeout(60_000 + 45_000 * (rights.length + wrongs.length));
    const { exercise, verdict } = await openExercise(page, id);
    await runAndWait(exercise);
    await expect(verdict, `${id}: the starting code must fail`).toHaveAttribute("data-passed", "false");
    for (const right of rights) {
      await putCode(page, exercise, right.code);
      await runAndWait(exercise);
      await expect(verdict, `${id}: ${right.name} must pass`).toContainText("Check passed");
      await expect(verdict).toHaveAttribute("data-passed", "true");
    }
    for (const wrong of wrongs) {
      await putCode(page, exercise, wrong.code);
      await runAndWait(exercise);
      await expect(verdict, `${id}: ${wrong.name} must fail`).toHaveAttribute("data-passed", "false");
      await expect(verdict, `${id}: ${wrong.name}`).toContainText(wrong.expectedMessage);
    }
  });
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
