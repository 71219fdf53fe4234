/**
 * "Judge an exercise" as the page does: the learner's code with the check's probe, run through the
 * run pipeline on a host, judged from the run's result by the page's own judge
 * (src/exercises/exercise-run.ts). One copy for every suite that judges (under Node, on the fake
 * container), so they cannot drift from each other or from the page.
 */
import type { ExerciseCheck } from "../../src/exercises/check-schema.ts";
import { prepareExerciseRun } from "../../src/exercises/exercise-run.ts";
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
  const exercise = prepareExerciseRun(check);
  const { typescript, probe } = exercise.program(code);
  const result = await startRunPipeline({ typescript, probe, host, timeLimitMs, maxLines: 5_000 }).result;
  if (result.kind !== "finished") throw new Error(`The run did not finish: ${JSON.stringify(result)}`);
  const verdict = exercise.judge(result);
  const failed = verdict.findings
    .filter((finding) => !finding.passed)
    .map((finding) => wordFinding(finding.message, "en"));
  return { passed: verdict.passed, failed, output: linesOf(result).join("\n") };
}
