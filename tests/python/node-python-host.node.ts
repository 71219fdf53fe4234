/**
 * The page's Python runtime, booted under Node, behind the RunnerHost interface the page's
 * PythonHost has (python-host.browser.ts): each run reports its events into the same run
 * lifecycle, so a Python run goes through startPythonRunPipeline and collectRun as on the page.
 * One interpreter, one run at a time. There is no worker to end here, so the watchdog or a Stop
 * ends the run's record, while the interpreter finishes the program in the background.
 */
import { startRun } from "../../src/runner/run-lifecycle.ts";
import type { PythonRuntime } from "../../src/runner/python/python-runtime.ts";
import type { BootingHost } from "../../src/runner/python/python-pipeline.ts";
import { pythonProbe } from "../../src/exercises/python-probe.ts";

/**
 * A host for `runtime` (from bootNodePython).
 *
 * @example
 * const host = nodePythonHost(booted.runtime);
 * const result = await startPythonRunPipeline({ python, host, timeLimitMs: 15_000, maxLines: 100 }).result;
 */
export function nodePythonHost(runtime: PythonRuntime): BootingHost & { kind: "pyodide" } {
  let previous: Promise<void> = Promise.resolve();
  return {
    kind: "pyodide",
    // bootNodePython booted the one interpreter before this host was made.
    boot: () => Promise.resolve(),
    run(code, options) {
      const run = startRun(options, { halt: () => undefined });
      const probe = pythonProbe(options.probe);
      // The interpreter runs one program at a time: a run waits for the one before to end.
      previous = previous.then(() =>
        runtime
          .run(code, {
            maxLines: options.maxLines,
            ...(probe === undefined ? {} : { probe }),
            onEvent: (event) => {
              if (event.type === "exit") run.finish(event.code, event.reason, event.durationMs);
              else run.report(event);
            },
          })
          .catch((error: unknown) => {
            run.report({ type: "output", stream: "stderr", text: String(error), atMs: run.elapsedMs() });
            run.finish(1, "error");
          }),
      );
      return run.handle;
    },
    dispose: () => undefined,
  };
}
