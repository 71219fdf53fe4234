/**
 * A RunnerHost whose runs are played by the test: each run gets the real run lifecycle
 * (run-lifecycle.ts: the line cap, the watchdog, one exit), and the test's script reports into it.
 * Web-standard, so pipeline tests run under Node with no runtime at all.
 */
import { startRun, type RunLifecycle } from "../../src/runner/run-lifecycle.ts";
import type { RunnerHost, RuntimeKind } from "../../src/runner/types.ts";

/** Plays one run: reports events into `run` and ends it (or leaves it going, to be stopped). */
export type RunScript = (javascript: string, run: RunLifecycle) => void;

/** A scripted host, and what it was asked to run. */
export interface ScriptedHost extends RunnerHost {
  /** The JavaScript of every run, in order. */
  readonly programs: string[];
}

/**
 * A host that plays `script` for every run.
 *
 * @example
 * const host = scriptedHost((_, run) => {
 *   run.report({ type: "output", stream: "stdout", text: "hi", atMs: 1 });
 *   run.finish(0, "finished", 2);
 * });
 */
export function scriptedHost(script: RunScript, kind: RuntimeKind = "worker"): ScriptedHost {
  const programs: string[] = [];
  return {
    kind,
    programs,
    run(javascript, options) {
      programs.push(javascript);
      const run = startRun(options, { halt: () => undefined });
      // Asynchronously, as a real host reports: never inside the call that started the run.
      queueMicrotask(() => script(javascript, run));
      return run.handle;
    },
    dispose: () => undefined,
  };
}
