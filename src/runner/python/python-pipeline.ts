/**
 * A Python Run as one pipeline, the twin of run-pipeline.ts for TypeScript: the host boots first
 * (the watchdog starts with the program, not with a download), then the run is collected into the
 * same RunResult (run-result.ts) the page renders for TypeScript.
 */
import { collectRun, type CollectingRun, type RunProgress, type RunResult } from "../run-result.ts";
import type { PipelineRun } from "../run-pipeline.ts";
import type { HostKind, RunnerHost } from "../types.ts";
import type { PythonProbeOrder } from "../../exercises/probe-program.ts";

/** One Python Run, as asked for. */
export interface PythonRunRequest {
  python: string;
  /** Resolves with the host once its interpreter has booted. */
  host: PromiseLike<RunnerHost<HostKind>>;
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
