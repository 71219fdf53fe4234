/**
 * One rule's verdict, shared by every kind of rule. The logic says what it found as a key and
 * values; src/i18n/text/findings.ts words it in each language where the verdict is shown.
 */
import type { TimelineRow } from "../timeline/model.ts";
import type { SpanSelector } from "./check-schema.ts";

/** A range from the check; either end may be open. */
export interface Range {
  min?: number | undefined;
  max?: number | undefined;
}

/** The whole-run measures a check can bound with a range. */
export type Measure =
  "totalSeconds" | "requestCount" | "requestsAtOnce" | "cancelledRequests" | "succeededRequests";

/** A row that broke a rule, named by its label. */
export interface OddRow {
  label: string;
}

/** The values each kind of finding carries, by key. */
export interface FindingValues {
  exitedCleanly: Record<string, never>;
  exitedWithError: Record<string, never>;
  /** A measure of the whole run, `unit` written after the value. */
  measure: { measure: Measure; value: number; unit: "" | "s"; range: Range };
  outputComplete: Record<string, never>;
  outputMissing: { line: string };
  spanCount: { rows: SpanSelector; count: number; range: Range };
  /** `odd` is the first picked row that ended otherwise; `picked` how many rows matched. */
  spanOutcome: {
    rows: SpanSelector;
    outcome: "ok" | "error" | "cancelled";
    picked: number;
    odd: (OddRow & { outcome: TimelineRow["outcome"] }) | undefined;
  };
  /** `odd` is the first picked row that lasted too long or too short; `picked` how many rows matched. */
  spanDuration: {
    rows: SpanSelector;
    range: Range;
    picked: number;
    odd: (OddRow & { tookMs: number }) | undefined;
  };
  /** `alongside` of the `picked` rows overlapped another picked row. */
  spanAlongside: { rows: SpanSelector; alongside: number; picked: number; range: Range };
  printedNever: { line: string; rows: SpanSelector };
  printedWithoutRows: { line: string; rows: SpanSelector };
  printedEarly: { line: string; atMs: number; last: OddRow & { endMs: number } };
  printedAfter: { line: string; rows: SpanSelector };
  /** The line came `lateByMs` after the rows it waits for ended, more than `withinMs`. */
  printedLate: { line: string; lateByMs: number; withinMs: number };
  probeSawAll: Record<string, never>;
  /** `line` is the first fact the probe should have reported; `seen` what it reported instead. */
  probeMissed: { line: string; seen: readonly string[] };
}

/** The kinds of finding. */
export type FindingKey = keyof FindingValues;

/** What a rule found, as a key and the values to word it with. */
export type FindingMessage<Key extends FindingKey = FindingKey> = {
  [K in Key]: { key: K; values: FindingValues[K] };
}[Key];

/** One rule's verdict. */
export interface Finding {
  rule: string;
  passed: boolean;
  message: FindingMessage;
}

/** Whether `value` lies in `range`, both ends included. */
export function inRange(value: number, range: Range): boolean {
  return (range.min === undefined || value >= range.min) && (range.max === undefined || value <= range.max);
}
