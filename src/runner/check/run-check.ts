/**
 * The runner check as one function: every contract case, then every sample, on one host, each
 * ending in a verdict. When the host runs on a recording container, each verdict also keeps the
 * raw output of the run's own process. Web-standard: `/runner-check/` runs it in the browser, and
 * the fixture recorder runs it under Node on the fake container.
 */
import { compareOutput, describeMismatches } from "../../samples/expected-output.ts";
import { contractCases, contractProblems, runContractCase } from "../contract/cases.ts";
import { startRunPipeline } from "../run-pipeline.ts";
import { linesOf } from "../run-result.ts";
import { nodeOnlyImports } from "../node-only-modules.ts";
import type { ExitEvent, RunNotice, RunnerHost } from "../types.ts";
import type { CheckRecord, CheckVerdict, RecordedProcess } from "./check-record.ts";
import type { Recording } from "./recording-container.ts";
import { runBounds } from "../run-limits.ts";

/** A sample as the check needs it (the page gets these from `/runner-check/samples.json`). */
export interface CheckSample {
  id: string;
  typescript: string;
  expected: string;
}

/** What to check and whom to tell. */
export interface CheckOptions {
  samples: readonly CheckSample[];
  /** The recording wrapped around the host's container, for the WebContainer. */
  recording?: Recording;
  /** Called after each verdict, for a live view. */
  onVerdict?: (kind: "case" | "sample", verdict: CheckVerdict) => void;
}

/** The part of a record that the check itself produces. */
export type CheckOutcome = Pick<CheckRecord, "cases" | "samples" | "otherProcesses" | "serverReadyPorts">;

/** Names an error and its causes in one line: what the page shows and the record keeps. */
export function describeFailure(error: unknown): string {
  const parts: string[] = [];
  for (let current: unknown = error; current !== undefined && parts.length < 4;) {
    if (current instanceof Error) parts.push(`${current.name}: ${current.message}`);
    else parts.push(typeof current === "string" ? current : JSON.stringify(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  return parts.join(" ← ");
}

/** Checks the samples list the page fetched: `[{ id, typescript, expected }]`, all strings. */
export function parseSamples(json: unknown): CheckSample[] {
  const isSample = (value: unknown): value is CheckSample =>
    typeof value === "object" &&
    value !== null &&
    ["id", "typescript", "expected"].every(
      (name) => typeof (value as Record<string, unknown>)[name] === "string",
    );
  if (!Array.isArray(json) || !json.every(isSample))
    throw new TypeError("The samples list must be an array of { id, typescript, expected } strings.");
  return json;
}

/** A verdict on something that could not run at all. */
export function failedVerdict(name: string, problem: string): CheckVerdict {
  const exit = { code: 1, reason: "error", durationMs: 0 } as const;
  return { name, passed: false, problems: [problem], exit, lines: [], chunks: [] };
}

const sampleLimits = { timeLimitMs: 20_000, maxLines: runBounds.maxLines };

async function runSample(host: RunnerHost, sample: CheckSample) {
  // Through the run pipeline, as the page runs a sample: transpiled, collected, positions mapped.
  const notices: RunNotice[] = [];
  const result = await startRunPipeline({
    typescript: sample.typescript,
    host,
    ...sampleLimits,
    onProgress: (progress) => {
      if (progress.type === "notice") notices.push(progress.key);
    },
  }).result;
  if (result.kind !== "finished") {
    const exit: ExitEvent = { type: "exit", code: 1, reason: "error", durationMs: 0 };
    const problem = result.kind === "syntaxError" ? result.message : "the run was called off";
    return { javascript: undefined, exit, lines: [], problems: [`does not transpile: ${problem}`] };
  }
  const { exit } = result;
  const lines = linesOf(result);
  const problems = exit.code === 0 ? [] : [`exit code ${exit.code} (${exit.reason}), expected 0`];
  // The built-in runtime answers a Node-only sample with its notice and runs nothing; Node runs it.
  if (host.kind === "worker" && nodeOnlyImports(sample.typescript).length > 0) {
    if (!notices.includes("nodeOnly")) problems.push("a Node-only sample, but no nodeOnly notice came");
    if (lines.length > 0)
      problems.push(`a Node-only sample printed ${lines.length} lines; it must run nothing`);
    return { javascript: result.javascript, exit, lines, problems };
  }
  const mismatches = compareOutput(sample.expected, lines.join("\n"));
  if (mismatches.length > 0) problems.push(describeMismatches(mismatches));
  return { javascript: result.javascript, exit, lines, problems };
}

/** Waits (up to `limitMs`) for killed processes to report their exit, so the record says how each ended. */
async function settle(processes: readonly RecordedProcess[], limitMs: number): Promise<void> {
  const until = performance.now() + limitMs;
  const unsettled = () => processes.some((recorded) => recorded.killed && recorded.exitCode === null);
  while (unsettled() && performance.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
}

type Run = { exit: ExitEvent; lines: string[]; problems: string[] };

function judge(name: string, run: Run): CheckVerdict {
  const { code, reason, durationMs } = run.exit;
  const { lines, problems } = run;
  return {
    name,
    passed: problems.length === 0,
    problems,
    exit: { code, reason, durationMs },
    lines,
    chunks: [],
  };
}

/** Runs the whole check. Never rejects on a failing case; that is a verdict. */
export async function runCheck(host: RunnerHost, options: CheckOptions): Promise<CheckOutcome> {
  const processes = options.recording?.processes ?? [];
  const owners = new Map<CheckVerdict, RecordedProcess>();
  /** Gives a verdict the latest process since `from` that ran `program`: the run's own. */
  const claim = (verdict: CheckVerdict, from: number, program: string | undefined) => {
    const own = processes.slice(from).findLast((recorded) => recorded.program === program);
    if (own !== undefined && program !== undefined) owners.set(verdict, own);
    return verdict;
  };

  const cases: CheckVerdict[] = [];
  for (const testCase of contractCases) {
    const from = processes.length;
    let run: Run;
    try {
      const result = await runContractCase(host, testCase);
      run = { exit: result.exit, lines: result.lines, problems: contractProblems(testCase, result) };
    } catch (error) {
      const exit: ExitEvent = { type: "exit", code: 1, reason: "error", durationMs: 0 };
      run = { exit, lines: [], problems: [`the case could not run: ${describeFailure(error)}`] };
    }
    cases.push(claim(judge(testCase.name, run), from, testCase.code));
    options.onVerdict?.("case", judge(testCase.name, run));
  }

  const samples: CheckVerdict[] = [];
  for (const sample of options.samples) {
    const from = processes.length;
    const run = await runSample(host, sample);
    samples.push(claim(judge(sample.id, run), from, run.javascript));
    options.onVerdict?.("sample", judge(sample.id, run));
  }

  await settle(processes, 1_000);
  const withProcess = (verdict: CheckVerdict): CheckVerdict => {
    const own = owners.get(verdict);
    if (own === undefined) return verdict;
    const { chunks, ...process } = own;
    return { ...verdict, chunks: [...chunks], process: structuredClone(process) };
  };
  const claimed = new Set(owners.values());
  return {
    cases: cases.map(withProcess),
    samples: samples.map(withProcess),
    otherProcesses: structuredClone(processes.filter((recorded) => !claimed.has(recorded))),
    serverReadyPorts: [...(options.recording?.serverReadyPorts ?? [])],
  };
}
