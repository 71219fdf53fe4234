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
  /** Axis ticks in ms, at a round step. */
  ticks: number[];
}

const tickSteps = [50, 100, 250, 500, 1000, 2000, 5000, 10_000, 30_000, 60_000];

/** Round tick positions for an axis `totalMs` long, at most about eight of them. */
export function axisTicks(totalMs: number): number[] {
  const step = tickSteps.find((candidate) => totalMs / candidate <= 8) ?? 60_000;
  const ticks: number[] = [];
  for (let at = 0; at <= totalMs + 1e-9; at += step) ticks.push(at);
  return ticks;
}

/**
 * Builds the model. Spans still open when the run ended are drawn up to `runMs` and marked
 * unfinished. Rows are ordered by start time, so concurrent work reads as a stack of overlapping
 * bars and sequential work as a staircase.
 */
export function buildTimeline(events: readonly TimelineEvent[], runMs: number): TimelineModel {
  const rows = new Map<string, TimelineRow>();
  const outputs: OutputMark[] = [];
  let lastMs = runMs;
  for (const event of events) {
    lastMs = Math.max(lastMs, event.atMs);
    if (event.type === "output") {
      outputs.push(event);
    } else if (event.type === "span-start") {
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
  const sorted = [...rows.values()].sort((a, b) => a.startMs - b.startMs || a.id.localeCompare(b.id));
  return { rows: sorted, outputs, totalMs, ticks: axisTicks(totalMs) };
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
