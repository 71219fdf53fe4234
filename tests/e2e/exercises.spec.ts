/**
 * Every exercise judged in the browser runtime, as a learner meets it on the practice page, with
 * its corpus: the start fails, the right answers (solution.ts and right-*.ts) pass, and the wrong
 * answers fail with the message each names. Every answer, right and wrong, also runs under Node
 * (tests/suites/exercises-typescript-*.test.ts), where the same judge decides.
 *
 * `npm test` judges here the wrong answers that try to fool the check (they replace built-ins,
 * forge output or let a timer stand in for the work: what the browser's realm must hold against);
 * the merely wrong ones, whose verdict Node gives from the same records, run here with E2E_FULL=1
 * (`npm run test:full`, which also judges them through the WebContainer host).
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import {
  readAllExercises,
  readRightAnswers,
  readWrongAnswers,
} from "../../src/exercises/exercise-files.node.ts";
import { replaceCode, runAndWait, useWorkerRuntime } from "./runner-helpers.ts";
import { fullSweep } from "./site-pages.ts";

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

/** One program to judge, and what its verdict must say. */
interface Answer {
  name: string;
  code: string;
  passes: boolean;
  /** For a wrong answer: the English words its verdict must hold. */
  says?: string;
}

/** Every right answer (the solution first), then the wrong ones this run judges (see above). */
function answersOf(id: string): Answer[] {
  const wrongs = readWrongAnswers(id).filter((wrong) => fullSweep || wrong.trick !== undefined);
  return [
    ...readRightAnswers(id).map((right) => ({ ...right, passes: true })),
    ...wrongs.map((wrong) => ({ ...wrong, passes: false, says: wrong.expectedMessage })),
  ];
}

/**
 * Pages judging one exercise side by side. A run mostly waits on the practice server, so a second
 * page fills time a single page leaves idle (measured: three pages gained nothing more, five were
 * slower and flaky); each has its own context, so edits one page
 * keeps cannot reach another's editor.
 */
const lanes = 2;

/** Judges `answers` on one page, after the starting code when `start` says so. */
async function judgeLane(page: Page, id: string, answers: readonly Answer[], start: boolean): Promise<void> {
  const { exercise, verdict } = await openExercise(page, id);
  if (start) {
    await runAndWait(exercise);
    await expect(verdict, `${id}: the starting code must fail`).toHaveAttribute("data-passed", "false");
  }
  for (const answer of answers) {
    await putCode(page, exercise, answer.code);
    await runAndWait(exercise);
    await expect(verdict, `${id}: ${answer.name} must ${answer.passes ? "pass" : "fail"}`).toHaveAttribute(
      "data-passed",
      String(answer.passes),
    );
    await expect(verdict, `${id}: ${answer.name}`).toContainText(answer.says ?? "Check passed");
  }
}

// One test per exercise; its answers are shared among a few pages, each opening the practice page
// (which holds every exercise) once.
for (const { id } of readAllExercises()) {
  const wrongOnes = fullSweep ? "the wrong ones" : "the tricks";
  test(`${id}: the start fails, the right answers pass, ${wrongOnes} fail saying what is missing`, async ({
    page,
    browser,
  }) => {
    const answers = answersOf(id);
    const perLane = Math.ceil(answers.length / lanes);
    test.setTimeout(90_000 + 45_000 * perLane);
    const others = await Promise.all(
      Array.from({ length: lanes - 1 }, async () => (await browser.newContext()).newPage()),
    );
    try {
      await Promise.all(
        [page, ...others].map((lanePage, lane) =>
          judgeLane(lanePage, id, answers.slice(lane * perLane, (lane + 1) * perLane), lane === 0),
        ),
      );
    } finally {
      await Promise.all(others.map((other) => other.context().close()));
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
