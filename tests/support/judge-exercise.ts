/**
 * "Judge an exercise" as the page does: the learner's code with the check's probe, run through the
 * run pipeline on a host, judged from the run's result by the page's own judge
 * (src/exercises/exercise-run.ts). One copy for every suite that judges (under Node, on the fake
 * container, in the page's Python under Node), so they cannot drift from each other or from the page.
 */
import type { ExerciseCheck } from "../../src/exercises/check-schema.ts";
import type { CheckResult } from "../../src/exercises/check.ts";
import { prepareExerciseRun } from "../../src/exercises/exercise-run.ts";
import type { ExerciseLanguage } from "../../src/exercises/exercise-schema.ts";
import { wordFinding } from "../../src/i18n/text/findings.ts";
import { startPythonRunPipeline, type BootingHost } from "../../src/runner/python/python-pipeline.ts";
import { startRunPipeline } from "../../src/runner/run-pipeline.ts";
import { linesOf, type FinishedRun, type RunResult } from "../../src/runner/run-result.ts";
import type { HostKind, RunnerHost } from "../../src/runner/types.ts";

/** A judged run: whether it passed, each failed finding in English, and what it printed. */
export interface Judgement {
  passed: boolean;
  failed: string[];
  output: string;
}

const maxLines = 5_000;

const runsTypeScript = (host: RunnerHost<HostKind>): host is RunnerHost => host.kind !== "pyodide";
const bootsPython = (host: RunnerHost<HostKind>): host is BootingHost =>
  host.kind === "pyodide" && "boot" in host && typeof host.boot === "function";

/** Starts one run in `language`'s pipeline; resolves with its result and the judge for it. */
async function runAndJudge(
  host: RunnerHost<HostKind>,
  code: string,
  check: ExerciseCheck,
  timeLimitMs: number,
  language: ExerciseLanguage,
): Promise<{ result: RunResult; judge: (run: FinishedRun) => CheckResult }> {
  if (language === "py") {
    if (!bootsPython(host)) throw new TypeError(`A ${host.kind} host runs no Python (nodePythonHost does).`);
    const exercise = prepareExerciseRun(check, "py");
    const booted = Promise.resolve(host);
    const run = startPythonRunPipeline({ ...exercise.program(code), host: booted, timeLimitMs, maxLines });
    return { result: await run.result, judge: exercise.judge };
  }
  if (!runsTypeScript(host)) throw new TypeError(`A ${host.kind} host runs no TypeScript.`);
  const exercise = prepareExerciseRun(check);
  const { typescript, probe } = exercise.program(code);
  const run = startRunPipeline({ typescript, probe, host, timeLimitMs, maxLines });
  return { result: await run.result, judge: exercise.judge };
}

/**
 * Runs `code` against `check` on `host` and judges it: TypeScript unless told, or Python
 * (`language` "py") on a Python host, against the exercise's Python check.
 *
 * @example
 * const { passed, failed } = await judgeExercise(host, exercise.solution, exercise.meta.check);
 * await judgeExercise(pythonHost, python.solution, python.check, 15_000, "py");
 */
export async function judgeExercise(
  host: RunnerHost<HostKind>,
  code: string,
  check: ExerciseCheck,
  timeLimitMs = 15_000,
  language: ExerciseLanguage = "ts",
): Promise<Judgement> {
  const { result, judge } = await runAndJudge(host, code, check, timeLimitMs, language);
  if (result.kind !== "finished") throw new Error(`The run did not finish: ${JSON.stringify(result)}`);
  const verdict = judge(result);
  const failed = verdict.findings
    .filter((finding) => !finding.passed)
    .map((finding) => wordFinding(finding.message, "en"));
  return { passed: verdict.passed, failed, output: linesOf(result).join("\n") };
}
