/**
 * What a run records for its timeline. The runtime emits these while learner code runs (see
 * probes.ts); nothing in the learner's code has to change. Web-standard, so every host can use it.
 */

/**
 * A span that starts, waits and ends: an HTTP request, a timer, or a task the program named with
 * the User Timing API (`performance.mark(name)` … `performance.measure(name, name)`).
 */
export interface SpanStart {
  type: "span-start";
  /** Unique within one run, such as `request-3` or `timer-7`. */
  id: string;
  kind: "request" | "timer" | "task";
  /** What the row says, for example `GET /delay/1000`, `timer 1000 ms` or a task's name. */
  label: string;
  /** Milliseconds since the run started. */
  atMs: number;
}

/** The end of a span started earlier. */
export interface SpanEnd {
  type: "span-end";
  id: string;
  atMs: number;
  /** `ok` when it completed, `error` when it failed, `cancelled` when it was aborted or cleared. */
  outcome: "ok" | "error" | "cancelled";
  /** Extra detail for the table, such as the HTTP status. */
  detail?: string;
}

/** One line of output, placed on the same time axis. */
export interface OutputMark {
  type: "output";
  atMs: number;
  stream: "stdout" | "stderr";
  text: string;
}

/** Anything the timeline records. */
export type TimelineEvent = SpanStart | SpanEnd | OutputMark;

/** Narrows unknown data (a worker message, say) to a timeline event. */
export function isTimelineEvent(value: unknown): value is TimelineEvent {
  if (typeof value !== "object" || value === null) return false;
  const event = value as Partial<Record<string, unknown>>;
  if (typeof event["atMs"] !== "number") return false;
  switch (event["type"]) {
    case "span-start":
      return typeof event["id"] === "string" && typeof event["label"] === "string";
    case "span-end":
      return typeof event["id"] === "string" && typeof event["outcome"] === "string";
    case "output":
      return typeof event["text"] === "string";
    default:
      return false;
  }
}
