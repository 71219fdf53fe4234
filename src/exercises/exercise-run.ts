/**
 * "Judge an exercise", written once for the page and the tests: one run's words are picked, the
 * learner's code gets the check's probe, and the run's result is judged by the check. Web-standard
 * and free of the DOM: the page renders the verdict (exercise-verdict.browser.ts) and saves progress
 * elsewhere; this only decides. A Python run is judged the same way, with the Python check.
 */
import type { FinishedRun } from "../runner/run-result.ts";
import { checkRun, summaryOf, type CheckResult } from "./check.ts";
import type { ExerciseCheck } from "./check-schema.ts";
import { pickWords } from "./check-words.ts";
import {
  exerciseProgram,
  pythonExerciseProgram,
  type ExerciseProgram,
  type PythonExerciseProgram,
} from "./probe-program.ts";

/** What each language's pipeline takes as a run: TypeScript (`ts`) and Python (`py`). */
export interface ExercisePrograms {
  ts: ExerciseProgram;
  py: PythonExerciseProgram;
}

/** The language an exercise is answered in. */
export type ExerciseLanguage = keyof ExercisePrograms;

const programBuilders: {
  [Language in ExerciseLanguage]: (
    code: string,
    check: ExerciseCheck,
    words: readonly string[],
  ) => ExercisePrograms[Language];
} = { ts: exerciseProgram, py: pythonExerciseProgram };

/** One run of an exercise, from program to verdict. */
export interface ExerciseRun<Language extends ExerciseLanguage = "ts"> {
  /** The program to run: the learner's code, and the check's probe to run after it. */
  program(code: string): ExercisePrograms[Language];
  /** The check's verdict on the run's result; the words are this run's. */
  judge(run: FinishedRun): CheckResult;
}

/**
 * Picks fresh words for one run of the exercise `check` guards, in `language` (TypeScript unless
 * given; a Python run takes the Python check).
 *
 * @example
 * const exercise = prepareExerciseRun(check);
 * const { typescript, probe } = exercise.program(code);
 * const result = await startRunPipeline({ typescript, probe, host, timeLimitMs, maxLines }).result;
 * if (result.kind === "finished") exercise.judge(result).passed;
 * @example
 * const { python, probe } = prepareExerciseRun(pythonCheck, "py").program(code);
 */
export function prepareExerciseRun(check: ExerciseCheck): ExerciseRun;
export function prepareExerciseRun<Language extends ExerciseLanguage>(
  check: ExerciseCheck,
  language: Language,
): ExerciseRun<Language>;
export function prepareExerciseRun(
  check: ExerciseCheck,
  language: ExerciseLanguage = "ts",
): ExerciseRun<ExerciseLanguage> {
  const words = pickWords(check.words);
  return {
    program: (code) => programBuilders[language](code, check, words),
    judge: (run) => checkRun(check, summaryOf(run), words),
  };
}
