/**
 * A Run as one pipeline: the learner's TypeScript is prepared (transpile/program.ts), run on a
 * host, and everything the run reports is gathered into one result (run-result.ts). Data flows one
 * way: the caller hears each line as it arrives, through `onProgress`, and gets one `RunResult` at
 * the end, the way a request gets one response. Web-standard and free of the DOM, so the page, the
 * runner check, the contract suite and the unit tests under Node all run code through it.
 */
import { collectRun, type CollectingRun, type RunProgress, type RunResult } from "./run-result.ts";
import { prepareProgram, type ShippedProgram } from "./transpile/program.ts";
import type { RunnerHost } from "./types.ts";

/** Picks the host once the code is ready, so the run goes to whichever runtime is ready then. */
export type HostPicker = () => RunnerHost;

/** One Run, as asked for. */
export interface RunRequest {
  /** The TypeScript to run (for an exercise, with the export its probe needs). */
  typescript: string;
  /** An exercise's probe and this run's words (exercise-program.ts), run after the program. */
  probe?: { typescript: string; words: readonly string[] } | undefined;
  /** The sample as the build shipped it: when `typescript` is that code, no transpiler loads. */
  shipped?: ShippedProgram;
  /** The host, or a picker that may still be loading while the code is transpiled. */
  host: RunnerHost | PromiseLike<HostPicker>;
  timeLimitMs: number;
  maxLines: number;
  /** Hears each line and notice as it comes. */
  onProgress?: (progress: RunProgress) => void;
}

/** A Run in progress. */
export interface PipelineRun {
  /**
   * Stops the Run: a program that started is ended (its result says `stopped`); before that, the
   * Run is called off at once and its result is `cancelled`.
   */
  stop(): void;
  /** The whole result. Rejects only when the transpiler or the runtime could not load. */
  result: Promise<RunResult>;
}

function isHost(host: RunRequest["host"]): host is RunnerHost {
  return "run" in host && typeof host.run === "function";
}

/**
 * Starts a Run: prepares the code and the host together, then runs and collects.
 *
 * @example
 * const run = startRunPipeline({ typescript: 'console.log("hi");', host, timeLimitMs: 5_000, maxLines: 100 });
 * const result = await run.result;
 * if (result.kind === "finished") console.log(result.output.map((line) => line.text)); // ["hi"]
 */
export function startRunPipeline(request: RunRequest): PipelineRun {
  const { host } = request;
  let running: CollectingRun | undefined;
  let stopped = false;
  let cancel: () => void = () => undefined;
  const cancelled = new Promise<RunResult>((resolve) => (cancel = () => resolve({ kind: "cancelled" })));
  const run = async (): Promise<RunResult> => {
    const [program, pick, probe] = await Promise.all([
      prepareProgram(request.typescript, request.shipped),
      isHost(host) ? () => host : host,
      request.probe === undefined ? undefined : prepareProgram(request.probe.typescript),
    ]);
    if (stopped) return { kind: "cancelled" };
    if (!program.ok) {
      const { message, line, column, problem } = program;
      return { kind: "syntaxError", message, line, column, problem };
    }
    // The probe is the check's own code: if it does not transpile, the site is broken, not the run.
    if (probe?.ok === false) throw new Error(`The exercise's probe does not transpile: ${probe.message}`);
    running = collectRun(pick(), program.javascript, {
      ...(probe === undefined || request.probe === undefined
        ? {}
        : { probe: { javascript: probe.javascript, words: request.probe.words } }),
      timeLimitMs: request.timeLimitMs,
      maxLines: request.maxLines,
      mapPositions: program.mapPositions,
      ...(request.onProgress === undefined ? {} : { onProgress: request.onProgress }),
    });
    return running.result;
  };
  return {
    stop() {
      if (running !== undefined) return running.stop();
      stopped = true;
      cancel();
    },
    result: Promise.race([run(), cancelled]),
  };
}
