/**
 * The small contract every runtime meets. The page talks to a RunnerHost only, so the WebContainer
 * and the in-browser fallback are interchangeable, and one contract suite tests both.
 */
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
  | { type: "output"; stream: "stdout" | "stderr"; text: string; atMs: number }
  | { type: "timeline"; event: TimelineEvent }
  | { type: "dropped"; lines: number }
  | { type: "notice"; key: RunNotice }
  | ExitEvent;

/**
 * Something the runtime itself tells the learner about a run, worded by the page (src/i18n):
 * `runtimeRestarted` when a program did not stop, so the whole runtime was torn down and restarted;
 * `nodeOnly` when the built-in runtime did not run a program that imports a module only Node.js has.
 */
export type RunNotice = "runtimeRestarted" | "nodeOnly";

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
  /** Starts a run; a run already going on this host is stopped first. */
  run(javascript: string, options: RunOptions): RunHandle;
  /** Frees everything the host holds (iframes, workers, processes). */
  dispose(): void;
}

/** Thrown when a runtime cannot work here; the page then falls back to the next one. */
export class RuntimeUnsupportedError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "RuntimeUnsupportedError";
  }
}

/** Defaults used by the page. */
export const defaultRunLimits = { timeLimitMs: 30_000, maxLines: 5_000 } as const;
