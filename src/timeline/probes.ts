/**
 * Records requests and timers for the timeline by wrapping `fetch`, `setTimeout`, `setInterval` and
 * their `clear…` twins in the scope where learner code runs (a worker's global, or Node's). An interval
 * is one row, from `setInterval` until it is cleared: a wait polled on a clock shows. Learner code
 * stays as it is; the wrappers behave exactly like the originals apart from reporting. A program
 * may also name a task, through the web-standard User Timing API: `performance.mark(name)` opens
 * its row and `performance.measure(name, name)` closes it (the twin of `create_task(name=...)`).
 */
import type { TimelineEvent } from "./events.ts";

type TimerCallback = (...args: unknown[]) => void;

/** The two User Timing calls that name a task (a slice of `Performance`). */
export interface UserTiming {
  mark: (name: string, ...rest: unknown[]) => unknown;
  measure: (name: string, ...rest: unknown[]) => unknown;
}

/** The globals the probes wrap. */
export interface ProbeScope {
  fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  setTimeout: (handler: TimerCallback, delay?: number, ...args: unknown[]) => unknown;
  clearTimeout: (handle: unknown) => void;
  /** Wrapped when the scope has it, so a wait polled with an interval shows too (issue 19). */
  setInterval?: (handler: TimerCallback, delay?: number, ...args: unknown[]) => unknown;
  clearInterval?: (handle: unknown) => void;
  performance?: UserTiming;
}

/** Options for {@link installTimelineProbes}. */
export interface ProbeOptions {
  /** Milliseconds since the run started. */
  now: () => number;
  /** Receives each event as it happens. */
  emit: (event: TimelineEvent) => void;
  /** Requests to this origin are labelled by path alone (`GET /delay/1000`). */
  practiceOrigin: string;
  /** Shorter timers are not drawn: `setTimeout(f, 0)` is scheduling, not waiting. */
  minTimerMs?: number;
  /** Says whether a timer being set comes from the learner's code, not the runtime's own internals. */
  isLearnerTimer?: () => boolean;
}

function describeRequest(input: RequestInfo | URL, init: RequestInit | undefined, origin: string): string {
  const href = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
  const method = (
    init?.method ?? (typeof input === "object" && "method" in input ? input.method : "GET")
  ).toUpperCase();
  let where = href;
  try {
    const url = new URL(href);
    where = url.origin === origin ? url.pathname + url.search : url.href;
  } catch {
    // Not an absolute URL: fetch itself will report that; show it as written.
  }
  return `${method} ${where}`;
}

/** The mark a `measure(name, start)` or `measure(name, { start })` call measures from. */
function measuredFrom(rest: readonly unknown[]): string | undefined {
  const [start] = rest;
  if (typeof start === "string") return start;
  if (typeof start === "object" && start !== null && "start" in start && typeof start.start === "string") {
    return start.start;
  }
  return undefined;
}

/**
 * Gives each task named with `performance.mark` its own row, closed by a `performance.measure`
 * from that mark. Returns a function that puts the originals back.
 */
function probeNamedTasks(
  timing: UserTiming,
  record: { now: () => number; emit: (event: TimelineEvent) => void; newId: (kind: string) => string },
): () => void {
  const original = { mark: timing.mark, measure: timing.measure };
  // A name may be marked again before its first measure (the same coroutine started twice).
  const open = new Map<string, string[]>();
  // Learner code may pass anything; the real mark coerces it to a string, and so does the row.
  timing.mark = (name: unknown, ...rest: unknown[]) => {
    const entry = original.mark.call(timing, name as string, ...rest);
    const label = String(name);
    const id = record.newId("task");
    open.set(label, [...(open.get(label) ?? []), id]);
    record.emit({ type: "span-start", id, kind: "task", label, atMs: record.now() });
    return entry;
  };
  timing.measure = (name, ...rest) => {
    const entry = original.measure.call(timing, name, ...rest);
    const from = measuredFrom(rest);
    const [id, ...others] = from === undefined ? [] : (open.get(from) ?? []);
    if (from !== undefined && id !== undefined) {
      open.set(from, others);
      record.emit({ type: "span-end", id, atMs: record.now(), outcome: "ok" });
    }
    return entry;
  };
  return () => Object.assign(timing, original);
}

/**
 * Gives each learner interval one timer row, from `setInterval` until it is cleared (every delay, as
 * a 0 ms timeout shows too). Returns a function that puts the originals back.
 */
function probeIntervals(
  scope: ProbeScope,
  record: {
    now: () => number;
    emit: (event: TimelineEvent) => void;
    newId: (kind: string) => string;
    isLearnerTimer: () => boolean;
    openTimers: Map<unknown, { id: string; outcome: "ok" | "cancelled" }>;
    endTimer: (handle: unknown) => void;
  },
): () => void {
  const { setInterval, clearInterval } = scope;
  if (setInterval === undefined || clearInterval === undefined) return () => undefined;
  scope.setInterval = (handler, delay = 0, ...args) => {
    const handle = setInterval.call(globalThis, handler, delay, ...args);
    if (typeof handler !== "function" || !record.isLearnerTimer()) return handle;
    const id = record.newId("timer");
    record.emit({ type: "span-start", id, kind: "timer", label: `interval ${delay} ms`, atMs: record.now() });
    record.openTimers.set(handle, { id, outcome: "ok" });
    return handle;
  };
  scope.clearInterval = (handle) => {
    record.endTimer(handle);
    clearInterval.call(globalThis, handle);
  };
  return () => Object.assign(scope, { setInterval, clearInterval });
}

/**
 * Whether a request ended because it was called off rather than because it failed. An abort with a
 * reason (`controller.abort(error)`, as a TaskGroup twin does to cancel its siblings) rejects with
 * that reason, not an AbortError, so the request's own signal is asked too.
 */
function isAbort(error: unknown, input: RequestInfo | URL, init: RequestInit | undefined): boolean {
  if (error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError")) return true;
  const signal = init?.signal ?? (typeof input === "object" && "signal" in input ? input.signal : undefined);
  return signal?.aborted === true;
}

/**
 * Wraps the scope's fetch and timers. Returns a function that puts the originals back.
 *
 * @example
 * const uninstall = installTimelineProbes(globalThis, { now, emit, practiceOrigin });
 */
export function installTimelineProbes(scope: ProbeScope, options: ProbeOptions): () => void {
  const { now, emit, practiceOrigin, minTimerMs = 10, isLearnerTimer = () => true } = options;
  const original = { fetch: scope.fetch, setTimeout: scope.setTimeout, clearTimeout: scope.clearTimeout };
  // Either clear function clears either kind of timer, as in browsers and Node; a cleared timeout
  // was called off, a cleared interval has simply ended.
  const openTimers = new Map<unknown, { id: string; outcome: "ok" | "cancelled" }>();
  const endTimer = (handle: unknown) => {
    const open = openTimers.get(handle);
    if (open === undefined) return;
    openTimers.delete(handle);
    emit({ type: "span-end", id: open.id, atMs: now(), outcome: open.outcome });
  };
  let nextId = 1;
  const newId = (kind: string) => `${kind}-${nextId++}`;
  const restoreTiming =
    scope.performance === undefined
      ? () => undefined
      : probeNamedTasks(scope.performance, { now, emit, newId });

  scope.fetch = async (input, init) => {
    const id = newId("request");
    emit({
      type: "span-start",
      id,
      kind: "request",
      label: describeRequest(input, init, practiceOrigin),
      atMs: now(),
    });
    try {
      const response = await original.fetch.call(globalThis, input, init);
      emit({
        type: "span-end",
        id,
        atMs: now(),
        outcome: response.ok ? "ok" : "error",
        detail: String(response.status),
      });
      return response;
    } catch (error) {
      emit({
        type: "span-end",
        id,
        atMs: now(),
        outcome: isAbort(error, input, init) ? "cancelled" : "error",
      });
      throw error;
    }
  };

  scope.setTimeout = (handler, delay = 0, ...args) => {
    if (typeof handler !== "function" || delay < minTimerMs || !isLearnerTimer()) {
      return original.setTimeout.call(globalThis, handler, delay, ...args);
    }
    const id = newId("timer");
    emit({ type: "span-start", id, kind: "timer", label: `timer ${delay} ms`, atMs: now() });
    const handle = original.setTimeout.call(
      globalThis,
      () => {
        openTimers.delete(handle);
        emit({ type: "span-end", id, atMs: now(), outcome: "ok" });
        handler(...args);
      },
      delay,
    );
    openTimers.set(handle, { id, outcome: "cancelled" });
    return handle;
  };

  scope.clearTimeout = (handle) => {
    endTimer(handle);
    original.clearTimeout.call(globalThis, handle);
  };

  const restoreIntervals = probeIntervals(scope, { now, emit, newId, isLearnerTimer, openTimers, endTimer });
  return () => {
    Object.assign(scope, original);
    restoreIntervals();
    restoreTiming();
  };
}
