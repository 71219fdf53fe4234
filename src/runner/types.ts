/**
 * The small contract every runtime meets. The page talks to a RunnerHost only, so the WebContainer
 * and the in-browser fallback are interchangeable, and one contract suite tests both.
 */
import type { ProbeOrder } from "../exercises/probe-program.ts";
import type { PythonProbeOrder } from "../exercises/python-probe.ts";
import type { TimelineEvent } from "../timeline/events.ts";

import type { HostKind, RuntimeKind } from "./runtimes.ts";

/** Which runtime runs learner code (the list is in runtimes.ts). */
export type { HostKind, RuntimeKind } from "./runtimes.ts";

/** How a run ended. */
export type ExitReason = "finished" | "error" | "stopped" | "timeout";

/**
 * Something a run reports while it goes. Each printed line comes once, as `output`: the run
 * pipeline (run-result.ts) makes the timeline's output mark from it, so `timeline` carries spans.
 */
export type RunEvent =
  | OutputEvent
  | { type: "timeline"; event: TimelineEvent }
  /** What the runtime left out: lines, and timeline spans (run-limits.ts). */
  | { type: "dropped"; lines: number; spans?: number }
  | { type: "notice"; key: RunNotice }
  /** A fact an exercise's probe reported, on the host's own channel (see probe-program.ts). */
  | { type: "check"; text: string; atMs: number }
  | ExitEvent;

/**
 * Something the runtime itself tells the learner about a run, worded by the page (src/i18n):
 * `runtimeRestarted` when a program did not stop, so the whole runtime was torn down and restarted;
 * `nodeOnly` when the built-in runtime did not run a program that imports a module only Node.js has;
 * `sandboxDied` when the built-in runtime's sandbox stopped answering (out of memory, most often)
 * and was replaced; `programSilent` when the program's own thread stopped answering the runtime
 * while the sandbox still did: a loop that never lets go, or a worker the browser stopped when it
 * ran out of memory (Firefox says nothing either way, so the page cannot tell which);
 * `pythonEnded` when a Python program ended the interpreter's own process (`os._exit`, or a signal
 * it has no handler for), so a fresh Python starts for the next run; `pythonMemoryLimit` when a
 * Python program asked for more memory than the page gives Python, so a fresh Python, which gives
 * that memory back, starts for the next run.
 */
export type RunNotice =
  "runtimeRestarted" | "nodeOnly" | "sandboxDied" | "programSilent" | "pythonEnded" | "pythonMemoryLimit";

/** One printed line. */
export interface OutputEvent {
  type: "output";
  stream: "stdout" | "stderr";
  text: string;
  atMs: number;
  /** Characters of this line left off past the per-line cap (run-limits.ts); absent when none. */
  moreChars?: number;
}

/** The last event of every run. */
export interface ExitEvent {
  type: "exit";
  /** 0 when the program ended normally. */
  code: number;
  reason: ExitReason;
  durationMs: number;
}

/** Options for one run. */
export interface RunOptions {
  /** Receives every event, in order, ending with exactly one `exit`. */
  onEvent: (event: RunEvent) => void;
  /** The watchdog: a run still going after this long is stopped with reason `timeout`. */
  timeLimitMs: number;
  /** Output lines beyond this many are dropped and counted. */
  maxLines: number;
  /**
   * An exercise's probe, run once the program has run: JavaScript for a TypeScript host, Python
   * (`python` and `calls`) for the Python one; a host ignores a probe it cannot run.
   */
  probe?: ProbeOrder | PythonProbeOrder;
}

/** A run in progress. */
export interface RunHandle {
  /** Ends the run now; `done` then resolves with reason `stopped`. */
  stop(): void;
  /** Resolves with the exit event. Never rejects. */
  done: Promise<ExitEvent>;
}

/** A runtime that runs transpiled learner JavaScript (an ES module). */
export interface RunnerHost<Kind extends HostKind = RuntimeKind> {
  readonly kind: Kind;
  /** Whether a run can start now, for hosts that can be between containers (see HostReadiness). */
  readiness?(): HostReadiness;
  /** The Node.js version programs run on, where the host is real Node.js and could read it. */
  readonly nodeVersion?: string | undefined;
  /** Starts a run; a run already going on this host is stopped first. */
  run(javascript: string, options: RunOptions): RunHandle;
  /** Frees everything the host holds (iframes, workers, processes). */
  dispose(): void;
}

/**
 * A host's state between runs: ready, restarting (a new container boots after a Stop), or failed
 * (that boot failed, with the reason).
 */
export type HostReadiness =
  { state: "ready" } | { state: "restarting" } | { state: "failed"; reason: string };

/** Thrown when a runtime cannot work here; the page then falls back to the next one. */
export class RuntimeUnsupportedError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "RuntimeUnsupportedError";
  }
}
