/**
 * The timeline of a Python run: requests, timers and named tasks, as the same `span-start` and
 * `span-end` events, with the same labels, as a TypeScript run's probes (src/timeline/probes.ts)
 * report, so the page draws them and an exercise's check reads them with no Python-specific code.
 * Requests are recorded here, in JavaScript, by the practice exchange: Python cannot forge or hide
 * them. Timers and tasks are told by site/pagepython/timeline.py through the three functions of
 * {@link SpanRecorder.python}, which it keeps in a closure; they accept only a timer's delay or a
 * task's name, and end only rows Python opened in this run. Spans are held to the run's cap
 * (run-limits.ts) before they leave the worker, as output lines are.
 */
import type { SpanEnd, SpanStart } from "../../timeline/events.ts";
import { createSpanBudget, runBounds, type SpanBudget } from "../run-limits.ts";

/** How a span ended, as the timeline says it. */
export type SpanOutcome = SpanEnd["outcome"];

/** The end of one request, called once: later calls do nothing. */
export type RequestEnd = (outcome: SpanOutcome, detail?: string) => void;

/** The functions site/pagepython/timeline.py is handed at boot (plain JavaScript functions). */
export interface PythonSpanFunctions {
  /** A learner timer of `delayMs` started; returns its id, for `endSpan`. */
  startTimer: (delayMs: unknown) => number;
  /** A learner task named `name` started; returns its id, for `endSpan`. */
  startTask: (name: unknown) => number;
  /** The timer or task `id` of this run ended (`ok`, `error` or `cancelled`). */
  endSpan: (id: unknown, outcome: unknown) => void;
}

/** Records the spans of the run in progress; between runs it records nothing. */
export interface SpanRecorder {
  /** Starts recording a run: its clock's zero and where its events go. */
  begin(startedAt: number, emit: (event: SpanStart | SpanEnd) => void): void;
  /** Stops recording; returns how many spans the run's cap left out. */
  end(): number;
  /** A request to the practice server started; the returned function ends its row. */
  request(method: string, target: string): RequestEnd;
  readonly python: PythonSpanFunctions;
}

/** A task's name is the learner's string: long enough for any real name, bounded for a hostile one. */
const maxTaskNameChars = 200;
const outcomes: ReadonlySet<unknown> = new Set<SpanOutcome>(["ok", "error", "cancelled"]);

/**
 * Makes the recorder one interpreter keeps for all its runs. Span ids count on across runs, so a
 * timer left over from an earlier run (its loop closed, its callback still due) ends no row of this one.
 *
 * @example
 * const spans = createSpanRecorder();
 * spans.begin(performance.now(), (event) => console.log(event));
 * spans.request("GET", "/posts/1")("ok", "200"); // span-start, then span-end
 */
export function createSpanRecorder(maxSpans: number = runBounds.maxTimelineSpans): SpanRecorder {
  let emit: ((event: SpanStart | SpanEnd) => void) | undefined;
  let startedAt = 0;
  let budget: SpanBudget = createSpanBudget(maxSpans);
  // Rows Python opened this run and has not ended: the only ones its endSpan may end.
  let openFromPython = new Map<number, "timer" | "task">();
  let nextId = 1;
  const now = () => performance.now() - startedAt;
  /** Sends `event` if the run's cap keeps it; says whether it did. */
  const send = (event: SpanStart | SpanEnd): boolean => {
    if (emit === undefined || !budget.keep(event)) return false;
    emit(event);
    return true;
  };
  const start = (kind: SpanStart["kind"], label: string) => {
    const id = nextId++;
    const kept = send({ type: "span-start", id: `${kind}-${id}`, kind, label, atMs: now() });
    return { id, kept };
  };
  // 0 when no row started (between runs, or past the cap): Python then keeps nothing to end.
  const startFromPython = (kind: "timer" | "task", label: string): number => {
    if (emit === undefined) return 0;
    const { id, kept } = start(kind, label);
    if (!kept) return 0;
    openFromPython.set(id, kind);
    return id;
  };
  return {
    begin(at, listener) {
      startedAt = at;
      emit = listener;
      budget = createSpanBudget(maxSpans);
      openFromPython = new Map();
    },
    end() {
      emit = undefined;
      openFromPython = new Map();
      return budget.droppedSpans;
    },
    request(method, target) {
      if (emit === undefined) return () => undefined;
      const { id } = start("request", `${method.toUpperCase()} ${target}`);
      const listener = emit;
      let ended = false;
      return (outcome, detail) => {
        // A request outlives its run only when the run was stopped; its row went with it.
        if (ended || emit !== listener) return;
        ended = true;
        send({
          type: "span-end",
          id: `request-${id}`,
          atMs: now(),
          outcome,
          ...(detail === undefined ? {} : { detail }),
        });
      };
    },
    python: {
      startTimer(delayMs) {
        const ms = Number(delayMs);
        if (!Number.isFinite(ms) || ms <= 0) return 0;
        return startFromPython("timer", `timer ${Math.round(ms)} ms`);
      },
      startTask(name) {
        return startFromPython("task", String(name).slice(0, maxTaskNameChars));
      },
      endSpan(id, outcome) {
        const key = Number(id);
        const kind = openFromPython.get(key);
        if (kind === undefined || !outcomes.has(outcome)) return;
        openFromPython.delete(key);
        send({ type: "span-end", id: `${kind}-${key}`, atMs: now(), outcome: outcome as SpanOutcome });
      },
    },
  };
}
