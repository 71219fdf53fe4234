/**
 * "Judge an exercise" as the page does: the learner's code with the check's probe, run through the
 * run pipeline on a host, judged from the run's result. One copy for every suite that judges (under
 * Node, on the fake container), so they cannot drift from each other or from the page.
 */
import { checkRun, summaryOf } from "../../src/exercises/check.ts";
import type { ExerciseCheck } from "../../src/exercises/check-schema.ts";
import { pickWords } from "../../src/exercises/check-words.ts";
import { exerciseProgram } from "../../src/exercises/probe-program.ts";
import { wordFinding } from "../../src/i18n/text/findings.ts";
import { startRunPipeline } from "../../src/runner/run-pipeline.ts";
import { linesOf } from "../../src/runner/run-result.ts";
import type { RunnerHost } from "../../src/runner/types.ts";

/** A judged run: whether it passed, each failed finding in English, and what it printed. */
export interface Judgement {
  passed: boolean;
  failed: string[];
  output: string;
}

/**
 * Runs `code` against `check` on `host` and judges it.
 *
 * @example
 * const { passed, failed } = await judgeExercise(host, exercise.solution, exercise.meta.check);
 */
export async function judgeExercise(
  host: RunnerHost,
  code: string,
  check: ExerciseCheck,
  timeLimitMs = 15_000,
): Promise<Judgement> {
  const words = pickWords(check.words);
  const { typescript, probe } = exerciseProgram(code, check, words);
  const result = await startRunPipeline({ typescript, probe, host, timeLimitMs, maxLines: 5_000 }).result;
  if (result.kind !== "finished") throw new Error(`The run did not finish: ${JSON.stringify(result)}`);
  const verdict = checkRun(check, summaryOf(result), words);
  const failed = verdict.findings
    .filter((finding) => !finding.passed)
    .map((finding) => wordFinding(finding.message, "en"));
  return { passed: verdict.passed, failed, output: linesOf(result).join("\n") };
}
