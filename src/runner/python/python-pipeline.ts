/**
 * A Python Run as one pipeline, the twin of run-pipeline.ts for TypeScript: the host boots first
 * (the watchdog starts with the program, not with a download or a boot), then the run is collected
 * into the same RunResult (run-result.ts) the page renders for TypeScript. The boot is waited for on
 * every run, not only the first: after Stop, the time limit, `os._exit` or the memory limit the host
 * boots a fresh Python, and a run's time limit must not be spent waiting for it.
 */
import { collectRun, type CollectingRun, type RunProgress, type RunResult } from "../run-result.ts";
import type { PipelineRun } from "../run-pipeline.ts";
import type { HostKind, RunnerHost } from "../types.ts";
import type { PythonProbeOrder } from "../../exercises/python-probe.ts";

/** A host with an interpreter to boot: `boot` resolves once the one the next run goes to is ready. */
export type BootingHost = RunnerHost<HostKind> & { boot(): PromiseLike<unknown> };

/** One Python Run, as asked for. */
export interface PythonRunRequest {
  python: string;
  /** Resolves with the host (once its files are in hand). */
  host: PromiseLike<BootingHost>;
  timeLimitMs: number;
  maxLines: number;
  /** An exercise's probe.py and this run's words (pythonExerciseProgram), run after the program. */
  probe?: PythonProbeOrder | undefined;
  onProgress?: (progress: RunProgress) => void;
}

/**
 * Starts a Python Run; Stop before the interpreter is ready cancels it.
 *
 * @example
 * const run = startPythonRunPipeline({ python: 'print("hi")', host: booted, timeLimitMs: 5_000, maxLines: 100 });
 * const result = await run.result; // kind "finished", output [{ stream: "stdout", text: "hi", … }]
 */
export function startPythonRunPipeline(request: PythonRunRequest): PipelineRun {
  let running: CollectingRun | undefined;
  let stopped = false;
  let cancel: () => void = () => undefined;
  const cancelled = new Promise<RunResult>((resolve) => (cancel = () => resolve({ kind: "cancelled" })));
  const run = async (): Promise<RunResult> => {
    const host = await request.host;
    await host.boot();
    if (stopped) return { kind: "cancelled" };
    running = collectRun(host, request.python, {
      timeLimitMs: request.timeLimitMs,
      maxLines: request.maxLines,
      ...(request.probe === undefined ? {} : { probe: request.probe }),
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
