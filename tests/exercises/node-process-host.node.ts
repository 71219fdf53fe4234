/**
 * A RunnerHost for tests under Node: each run is a `node` process with the timeline preload (the
 * same probes the browser uses), and what the preload recorded is reported into the run when the
 * process ends. So the exercise tests run a learner's code through the run pipeline, as the page
 * does, on plain Node instead of a WebContainer.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { exitCodes, startRun } from "../../src/runner/run-lifecycle.ts";
import type { RunnerHost } from "../../src/runner/types.ts";
import { javascriptProbe } from "../../src/exercises/python-probe.ts";
import type { TimelineEvent } from "../../src/timeline/events.ts";
import { runProcess } from "../samples/run-process.node.ts";

const preload = fileURLToPath(new URL("./timeline-preload.node.ts", import.meta.url));

/**
 * A host that runs each program in its own Node process (Node, as in the WebContainer).
 *
 * @example
 * const result = await startRunPipeline({ typescript, host: nodeProcessHost(), ...limits }).result;
 */
export function nodeProcessHost(): RunnerHost {
  return {
    kind: "webcontainer",
    run(javascript, options) {
      // The process is killed at the time limit by runProcess; a Stop only ends the run.
      const run = startRun(options, { halt: () => undefined });
      const folder = mkdtempSync(join(tmpdir(), "exercise-"));
      const timelinePath = join(folder, "timeline.json");
      writeFileSync(join(folder, "main.mjs"), javascript);
      const probe = javascriptProbe(options.probe);
      // The probe sits outside the program's folder; its words travel in the environment, which
      // the preload clears before the program runs.
      const probePath = join(folder, "..", `${folder.split(/[\\/]/).at(-1) ?? "run"}-probe.mjs`);
      if (probe !== undefined) writeFileSync(probePath, probe.javascript);
      runProcess(process.execPath, ["--import", preload, "main.mjs"], {
        cwd: folder,
        timeoutMs: options.timeLimitMs,
        env: {
          TIMELINE_OUT: timelinePath,
          ...(probe === undefined
            ? {}
            : { EXERCISE_PROBE: probePath, EXERCISE_WORDS: JSON.stringify(probe.words) }),
        },
      })
        .then((result) => {
          const recorded = JSON.parse(readFileSync(timelinePath, "utf8")) as {
            events: TimelineEvent[];
            checks: { text: string; atMs: number }[];
            durationMs: number;
          };
          for (const { text, atMs } of recorded.checks) run.report({ type: "check", text, atMs });
          // Each printed line once, as an output event: the pipeline makes the output marks.
          for (const event of recorded.events)
            run.report(event.type === "output" ? { ...event, type: "output" } : { type: "timeline", event });
          const code = result.exitCode ?? exitCodes.hostError;
          run.finish(code, code === 0 ? "finished" : "error", recorded.durationMs);
        })
        .catch((error: unknown) => {
          run.report({ type: "output", stream: "stderr", text: String(error), atMs: run.elapsedMs() });
          run.finish(exitCodes.hostError, "error");
        });
      return run.handle;
    },
    dispose: () => undefined,
  };
}
