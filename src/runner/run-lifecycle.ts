/**
 * One run's life, the same in every host: the `done` promise, an `exit` that comes exactly once
 * and last, the watchdog, the output line cap and the exit codes that name how a run ended. A host
 * keeps only its transport (a worker's messages, a container's process) and reports into this.
 * This is the one place a run's output and timeline are held to their bounds (run-limits.ts) on the
 * page, whatever a host or a program sends.
 */
import { createOutputBudget, createSpanBudget, runBounds } from "./run-limits.ts";
import type { ExitEvent, ExitReason, RunEvent, RunHandle, RunOptions } from "./types.ts";

/** The exit code of a run that did not end on its own, as a shell reports it. */
export const exitCodes = {
  /** Stopped by the watchdog, as `timeout(1)` reports it. */
  timeout: 124,
  /** Stopped by the learner (Stop, or a new run), as Ctrl+C (128 + SIGINT) reports it. */
  stopped: 130,
  /**
   * The sandbox died under the program (out of memory, most often), as Node's abort on a full heap
   * reports it (128 + SIGABRT).
   */
  sandboxDied: 134,
  /** The host itself failed (a runtime that could not load or start the program). */
  hostError: 1,
} as const;

/** A count a host reported, as a whole number of at least zero. */
function countOf(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

/** What a host does when a run must end before its program did. */
export interface LifecycleTransport {
  /**
   * Ends the program. It may take its time (a process that ignores a kill); the run's `exit` is
   * sent when the returned promise settles, so anything the host reports meanwhile still shows.
   */
  halt(reason: "stopped" | "timeout"): Promise<void> | void;
}

/** A run in progress, as its host sees it. */
export interface RunLifecycle {
  /** The handle handed to the page. */
  readonly handle: RunHandle;
  /** True once the run has ended or is ending; later events are dropped. */
  readonly ended: boolean;
  /** Milliseconds since the run started, on the host's clock. */
  elapsedMs(): number;
  /**
   * Reports an event; `output` lines beyond the cap are counted instead. Ignored once the exit is
   * sent. Returns whether the event reached the page.
   */
  report(event: Exclude<RunEvent, ExitEvent>): boolean;
  /** Ends the run as its program ended. Only the first call counts. */
  finish(code: number, reason: ExitReason, durationMs?: number): void;
  /** Ends the run now as stopped or timed out, through the transport's `halt`. */
  halt(reason: "stopped" | "timeout"): void;
}

/**
 * Starts the life of one run: arms the watchdog and returns the lifecycle.
 *
 * @example
 * const run = startRun(options, { halt: () => worker.terminate() });
 * run.report({ type: "output", stream: "stdout", text: "hi", atMs: 1 });
 * run.finish(0, "finished");
 * return run.handle;
 */
export function startRun(options: RunOptions, transport: LifecycleTransport): RunLifecycle {
  const startedAt = performance.now();
  const elapsedMs = () => performance.now() - startedAt;
  let ended = false;
  let exited = false;
  const output = createOutputBudget({
    maxLines: options.maxLines,
    maxLineChars: runBounds.maxLineChars,
    maxRunChars: runBounds.maxRunChars,
  });
  const spans = createSpanBudget(runBounds.maxTimelineSpans);
  // What the host itself left out before sending, added to what is left out here.
  let droppedByHost = 0;
  let spansDroppedByHost = 0;
  let resolveDone: (exit: ExitEvent) => void = () => undefined;
  const done = new Promise<ExitEvent>((resolve) => (resolveDone = resolve));

  const sendExit = (code: number, reason: ExitReason, durationMs: number) => {
    if (exited) return;
    exited = true;
    clearTimeout(watchdog);
    const lines = droppedByHost + output.droppedLines;
    const spansDropped = spansDroppedByHost + spans.droppedSpans;
    if (lines > 0 || spansDropped > 0)
      options.onEvent({ type: "dropped", lines, ...(spansDropped > 0 ? { spans: spansDropped } : {}) });
    const exit: ExitEvent = { type: "exit", code, reason, durationMs };
    options.onEvent(exit);
    resolveDone(exit);
  };
  const halt = (reason: "stopped" | "timeout") => {
    if (ended) return;
    ended = true;
    clearTimeout(watchdog);
    const durationMs = elapsedMs();
    const code = reason === "timeout" ? exitCodes.timeout : exitCodes.stopped;
    let halting: Promise<void> | void;
    try {
      halting = transport.halt(reason);
    } catch {
      halting = undefined;
    }
    void Promise.resolve(halting)
      .catch(() => undefined)
      .then(() => sendExit(code, reason, durationMs));
  };
  // Past 2^31 ms a timer fires at once: a limit that long would stop the run as it starts.
  const watchdog = setTimeout(() => halt("timeout"), Math.min(options.timeLimitMs, runBounds.maxTimeLimitMs));

  const lifecycle: RunLifecycle = {
    handle: { stop: () => halt("stopped"), done },
    get ended() {
      return ended;
    },
    elapsedMs,
    report(event) {
      if (exited) return false;
      if (event.type === "dropped") {
        droppedByHost += countOf(event.lines);
        spansDroppedByHost += countOf(event.spans);
        return false;
      }
      if (event.type === "output") {
        const line = output.take(event.text);
        if (line === undefined) return false;
        const moreChars = countOf(event.moreChars) + line.moreChars;
        const { stream, atMs } = event;
        options.onEvent({
          type: "output",
          stream,
          text: line.text,
          atMs,
          ...(moreChars > 0 ? { moreChars } : {}),
        });
        return true;
      }
      if (event.type === "timeline" && !spans.keep(event.event)) return false;
      options.onEvent(event);
      return true;
    },
    finish(code, reason, durationMs) {
      if (ended) return;
      ended = true;
      sendExit(code, reason, durationMs ?? elapsedMs());
    },
    halt,
  };
  return lifecycle;
}
