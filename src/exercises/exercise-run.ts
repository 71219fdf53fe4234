/**
 * "Judge an exercise", written once for the page and the tests: one run's words are picked, the
 * learner's code gets the check's probe, and the run's result is judged by the check. Web-standard
 * and free of the DOM: the page renders the verdict (exercise-verdict.browser.ts) and saves progress
 * elsewhere; this only decides. The same for both languages: only the program's shape differs (a
 * TypeScript program gets an export line, a Python one is run as written), and the check reads
 * the same records.
 */
import type { FinishedRun } from "../runner/run-result.ts";
import { checkRun, summaryOf, type CheckResult } from "./check.ts";
import type { ExerciseCheck } from "./check-schema.ts";
import { pickWords } from "./check-words.ts";
import type { ExerciseLanguage } from "./exercise-schema.ts";
import { exerciseProgram, type ExerciseProgram } from "./probe-program.ts";
import { pythonExerciseProgram, type PythonExerciseProgram } from "./python-probe.ts";

/** The program each language's pipeline takes. */
export interface ProgramOf {
  ts: ExerciseProgram;
  py: PythonExerciseProgram;
}

/** One run of an exercise, from program to verdict. */
export interface ExerciseRun<Language extends ExerciseLanguage = "ts"> {
  /** The program to run: the learner's code, and the check's probe to run after it. */
  program: (code: string) => ProgramOf[Language];
  /** The check's verdict on the run's result; the words are this run's (no `this` needed). */
  judge: (run: FinishedRun) => CheckResult;
}

const programBuilders: {
  [Language in ExerciseLanguage]: (
    code: string,
    check: ExerciseCheck,
    words: readonly string[],
  ) => ProgramOf[Language];
} = { ts: exerciseProgram, py: pythonExerciseProgram };

/**
 * Picks fresh words for one run of the exercise `check` guards, in `language` (TypeScript unless
 * told): for Python, pass the Python check (`readExercise(id).python.check`).
 *
 * @example
 * const exercise = prepareExerciseRun(check);
 * const { typescript, probe } = exercise.program(code);
 * const result = await startRunPipeline({ typescript, probe, host, timeLimitMs, maxLines }).result;
 * if (result.kind === "finished") exercise.judge(result).passed;
 *
 * const python = prepareExerciseRun(pythonCheck, "py");
 * const run = startPythonRunPipeline({ ...python.program(code), host, timeLimitMs, maxLines });
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
  const build = programBuilders[language];
  return {
    program: (code) => build(code, check, words),
    judge: (run) => checkRun(check, summaryOf(run), words),
  };
}
