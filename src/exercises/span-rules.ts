/**
 * The check's rules on timeline rows: how many requests, timers or tasks a pattern picks, how they
 * end and how long they last, and lines that may only be printed after such rows have ended. These
 * facts come from the runtime's own records (its probes on fetch and setTimeout), which a program
 * cannot write to.
 */
import type { OutputMark } from "../timeline/events.ts";
import type { TimelineRow } from "../timeline/model.ts";
import type { ExerciseCheck, SpanSelector } from "./check-schema.ts";
import { inRange, type Finding, type FindingMessage } from "./finding.ts";

function selected(rows: readonly TimelineRow[], selector: SpanSelector): TimelineRow[] {
  const pattern = new RegExp(selector.label);
  return rows.filter((row) => row.kind === selector.kind && pattern.test(row.label));
}

/** How many of `rows` overlap at least one other of them (touching ends do not count). */
function countAlongside(rows: readonly TimelineRow[]): number {
  return rows.filter((row) =>
    rows.some((other) => other !== row && other.startMs < row.endMs && row.startMs < other.endMs),
  ).length;
}

/** Findings for every `spans` rule of the check. */
export function spanFindings(check: ExerciseCheck, rows: readonly TimelineRow[]): Finding[] {
  const findings: Finding[] = [];
  for (const rule of check.spans) {
    const picked = selected(rows, rule);
    if (rule.count !== undefined) {
      findings.push({
        rule: "spans.count",
        passed: inRange(picked.length, rule.count),
        message: {
          key: "spanCount",
          values: { rows: { kind: rule.kind, label: rule.label }, count: picked.length, range: rule.count },
        },
      });
    }
    if (rule.outcome !== undefined) {
      const odd = picked.find((row) => row.outcome !== rule.outcome);
      findings.push({
        rule: "spans.outcome",
        passed: odd === undefined && picked.length > 0,
        message: {
          key: "spanOutcome",
          values: {
            rows: { kind: rule.kind, label: rule.label },
            outcome: rule.outcome,
            picked: picked.length,
            odd: odd && { label: odd.label, outcome: odd.outcome },
          },
        },
      });
    }
    if (rule.alongside !== undefined) {
      const alongside = countAlongside(picked);
      findings.push({
        rule: "spans.alongside",
        passed: inRange(alongside, rule.alongside),
        message: {
          key: "spanAlongside",
          values: {
            rows: { kind: rule.kind, label: rule.label },
            alongside,
            picked: picked.length,
            range: rule.alongside,
          },
        },
      });
    }
    if (rule.durationMs !== undefined) {
      const range = rule.durationMs;
      const odd = picked.find((row) => !inRange(row.endMs - row.startMs, range));
      findings.push({
        rule: "spans.durationMs",
        passed: odd === undefined && picked.length > 0,
        message: {
          key: "spanDuration",
          values: {
            rows: { kind: rule.kind, label: rule.label },
            range,
            picked: picked.length,
            odd: odd && { label: odd.label, tookMs: Math.round(odd.endMs - odd.startMs) },
          },
        },
      });
    }
  }
  return findings;
}

/** A finding for one `printedAfter` rule, its line already filled with this run's words. */
export function printedAfterFinding(
  line: string,
  after: SpanSelector,
  rows: readonly TimelineRow[],
  outputs: readonly OutputMark[],
  withinMs?: number,
): Finding {
  const picked = selected(rows, after);
  const printed = outputs.filter((mark) => mark.stream === "stdout" && mark.text.trim() === line.trim());
  const lastEnd = picked.reduce<TimelineRow | undefined>(
    (latest, row) => (latest === undefined || row.endMs > latest.endMs ? row : latest),
    undefined,
  );
  const early = lastEnd === undefined ? undefined : printed.find((mark) => mark.atMs < lastEnd.endMs);
  const late =
    lastEnd === undefined || withinMs === undefined || early !== undefined
      ? undefined
      : printed.find((mark) => mark.atMs > lastEnd.endMs + withinMs);
  const passed = printed.length > 0 && lastEnd !== undefined && early === undefined && late === undefined;
  if (late !== undefined && lastEnd !== undefined && withinMs !== undefined) {
    const lateByMs = Math.round(late.atMs - lastEnd.endMs);
    return {
      rule: "printedAfter",
      passed,
      message: { key: "printedLate", values: { line, lateByMs, withinMs } },
    };
  }
  const message: FindingMessage =
    printed.length === 0
      ? { key: "printedNever", values: { line, rows: after } }
      : lastEnd === undefined
        ? { key: "printedWithoutRows", values: { line, rows: after } }
        : early !== undefined
          ? {
              key: "printedEarly",
              values: { line, atMs: early.atMs, last: { label: lastEnd.label, endMs: lastEnd.endMs } },
            }
          : { key: "printedAfter", values: { line, rows: after } };
  return { rule: "printedAfter", passed, message };
}
