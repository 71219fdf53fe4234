/**
 * Turns recorded events into what the chart and its table show: one row per request, timer or task,
 * output marks, and a time axis. Pure, so exercise checks and tests use the same model.
 */
import type { OutputMark, SpanEnd, SpanStart, TimelineEvent } from "./events.ts";

/** One row of the chart. */
export interface TimelineRow {
  id: string;
  kind: SpanStart["kind"];
  label: string;
  startMs: number;
  endMs: number;
  /** `unfinished` when the run ended (or was stopped) before the span did. */
  outcome: SpanEnd["outcome"] | "unfinished";
  detail: string | undefined;
}

/** Everything the timeline view needs. */
export interface TimelineModel {
  rows: TimelineRow[];
  outputs: OutputMark[];
  /** The length of the axis in ms: the run's duration, or the last event, whichever is later. */
  totalMs: number;
  /** Axis ticks in ms, at a round step: at most about eight, for a wide chart. */
  ticks: number[];
  /** Fewer ticks (at most four) for a narrow chart, such as a phone's, where eight labels collide. */
  narrowTicks: number[];
}

const tickSteps = [50, 100, 250, 500, 1000, 2000, 5000, 10_000, 30_000, 60_000];

/**
 * Round tick positions for an axis `totalMs` long, at most about `maxTicks` of them.
 *
 * @example
 * axisTicks(2100); // [0, 500, 1000, 1500, 2000]
 * axisTicks(2100, 4); // [0, 1000, 2000]
 */
export function axisTicks(totalMs: number, maxTicks = 8): number[] {
  const step = tickSteps.find((candidate) => totalMs / candidate <= maxTicks) ?? 60_000;
  const ticks: number[] = [];
  for (let at = 0; at <= totalMs + 1e-9; at += step) ticks.push(at);
  return ticks;
}

/**
 * Builds the model. Spans still open when the run ended are drawn up to `runMs` and marked
 * unfinished. Rows are ordered by start time, so concurrent work reads as a stack of overlapping
 * bars and sequential work as a staircase; spans that start at the same reading of the clock keep
 * the order the program created them in, so identical runs draw identical rows (a coarse clock,
 * as in a WebContainer, gives many spans the same start).
 */
export function buildTimeline(events: readonly TimelineEvent[], runMs: number): TimelineModel {
  const rows = new Map<string, TimelineRow>();
  // Creation order: the position of each span's start among the events.
  const created = new Map<string, number>();
  const outputs: OutputMark[] = [];
  let lastMs = runMs;
  for (const event of events) {
    lastMs = Math.max(lastMs, event.atMs);
    if (event.type === "output") {
      outputs.push(event);
    } else if (event.type === "span-start") {
      if (!created.has(event.id)) created.set(event.id, created.size);
      rows.set(event.id, {
        id: event.id,
        kind: event.kind,
        label: event.label,
        startMs: event.atMs,
        endMs: Number.NaN,
        outcome: "unfinished",
        detail: undefined,
      });
    } else {
      const row = rows.get(event.id);
      if (row === undefined || row.outcome !== "unfinished") continue;
      row.endMs = event.atMs;
      row.outcome = event.outcome;
      row.detail = event.detail;
    }
  }
  const totalMs = Math.max(lastMs, 1);
  for (const row of rows.values()) if (Number.isNaN(row.endMs)) row.endMs = totalMs;
  const order = (row: TimelineRow) => created.get(row.id) ?? 0;
  const sorted = [...rows.values()].sort((a, b) => a.startMs - b.startMs || order(a) - order(b));
  return { rows: sorted, outputs, totalMs, ticks: axisTicks(totalMs), narrowTicks: axisTicks(totalMs, 4) };
}

/**
 * The most spans of one kind that were in progress at the same moment. Exercise checks use it:
 * "at most 2 requests at a time", "all five requests overlapped".
 */
export function maxOverlap(rows: readonly TimelineRow[], kind: TimelineRow["kind"]): number {
  const edges = rows
    .filter((row) => row.kind === kind)
    .flatMap((row) => [
      { at: row.startMs, change: 1 },
      { at: row.endMs, change: -1 },
    ])
    // At the same instant, an end comes before a start: back-to-back spans do not overlap.
    .sort((a, b) => a.at - b.at || a.change - b.change);
  let current = 0;
  let most = 0;
  for (const edge of edges) {
    current += edge.change;
    most = Math.max(most, current);
  }
  return most;
}
