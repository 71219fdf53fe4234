/**
 * "Judge an exercise", written once for the page and the tests: one run's words are picked, the
 * learner's code gets the check's probe, and the run's result is judged by the check. Web-standard
 * and free of the DOM: the page renders the verdict (exercise-verdict.browser.ts) and saves progress
 * elsewhere; this only decides.
 */
import type { FinishedRun } from "../runner/run-result.ts";
import { checkRun, summaryOf, type CheckResult } from "./check.ts";
import type { ExerciseCheck } from "./check-schema.ts";
import { pickWords } from "./check-words.ts";
import { exerciseProgram, type ExerciseProgram } from "./probe-program.ts";

/** One run of an exercise, from program to verdict. */
export interface ExerciseRun {
  /** The program to run: the learner's code, and the check's probe to run after it. */
  program(code: string): ExerciseProgram;
  /** The check's verdict on the run's result; the words are this run's. */
  judge(run: FinishedRun): CheckResult;
}

/**
 * Picks fresh words for one run of the exercise `check` guards.
 *
 * @example
 * const exercise = prepareExerciseRun(check);
 * const { typescript, probe } = exercise.program(code);
 * const result = await startRunPipeline({ typescript, probe, host, timeLimitMs, maxLines }).result;
 * if (result.kind === "finished") exercise.judge(result).passed;
 */
export function prepareExerciseRun(check: ExerciseCheck): ExerciseRun {
  const words = pickWords(check.words);
  return {
    program: (code) => exerciseProgram(code, check, words),
    judge: (run) => checkRun(check, summaryOf(run), words),
  };
}
