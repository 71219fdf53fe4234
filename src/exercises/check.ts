/**
 * Judges one run of an exercise against its check. It reads the run's records only (the
 * timeline's rows and the printed lines with their times), never the page or the learner's code,
 * so any correct solution passes, however it is written. Pure: the page, the sample tests and the
 * e2e suite all use it.
 */
import type { FinishedRun } from "../runner/run-result.ts";
import { maxOverlap, type TimelineModel } from "../timeline/model.ts";
import type { ExerciseCheck } from "./check-schema.ts";
import { fillWords } from "./check-words.ts";
import { inRange, type Finding, type Measure, type Range } from "./finding.ts";
import { printedAfterFinding, spanFindings } from "./span-rules.ts";

export type { Finding } from "./finding.ts";

/** What a finished run left behind; printed lines are the timeline's output marks. */
export interface RunSummary {
  /** 0 for a clean exit. */
  exitCode: number;
  durationMs: number;
  timeline: TimelineModel;
  /** What the exercise's probe reported, in order, on the host's own channel. */
  reports: readonly string[];
}

/**
 * The part of a Run's result that a check reads: its exit and its timeline, whose output marks are
 * the very lines the console showed.
 */
export function summaryOf(run: Pick<FinishedRun, "exit" | "timeline" | "probeReports">): RunSummary {
  return {
    exitCode: run.exit.code,
    durationMs: run.exit.durationMs,
    timeline: run.timeline,
    reports: run.probeReports.map((report) => report.text),
  };
}

/** The whole verdict. */
export interface CheckResult {
  passed: boolean;
  findings: Finding[];
}

function rangeFinding(measure: Measure, value: number, range: Range, unit: "" | "s" = ""): Finding {
  return {
    rule: measure,
    passed: inRange(value, range),
    message: { key: "measure", values: { measure, value, unit, range } },
  };
}

/** The first wanted line that is not in `lines` in order (others may come between), if any. */
function firstMissing(lines: readonly string[], wanted: readonly string[]): string | undefined {
  let from = 0;
  return wanted.find((line) => {
    const at = lines.indexOf(line.trim(), from);
    if (at === -1) return true;
    from = at + 1;
    return false;
  });
}

function reportsFinding(reports: readonly string[], wanted: readonly string[]): Finding {
  const missing = firstMissing(reports, wanted);
  return {
    rule: "reports",
    passed: missing === undefined,
    message:
      missing === undefined
        ? { key: "probeSawAll", values: {} }
        : {
            key: "probeMissed",
            values: { line: missing, seen: reports.filter((line) => !wanted.includes(line)) },
          },
  };
}

function outputFinding(lines: readonly string[], wanted: readonly string[]): Finding {
  const missing = firstMissing(lines, wanted);
  return {
    rule: "outputIncludes",
    passed: missing === undefined,
    message:
      missing === undefined
        ? { key: "outputComplete", values: {} }
        : { key: "outputMissing", values: { line: missing } },
  };
}

/** Applies every rule of `check` to `run`; `words` are the ones this run's probe was given. */
export function checkRun(check: ExerciseCheck, run: RunSummary, words: readonly string[] = []): CheckResult {
  const { rows, outputs } = run.timeline;
  const requests = rows.filter((row) => row.kind === "request");
  const findings: Finding[] = [];
  if (check.exitsCleanly) {
    const passed = run.exitCode === 0;
    findings.push({
      rule: "exitsCleanly",
      passed,
      message: passed ? { key: "exitedCleanly", values: {} } : { key: "exitedWithError", values: {} },
    });
  }
  if (check.totalSeconds)
    findings.push(rangeFinding("totalSeconds", run.durationMs / 1000, check.totalSeconds, "s"));
  if (check.requestCount) findings.push(rangeFinding("requestCount", requests.length, check.requestCount));
  if (check.requestsAtOnce) {
    findings.push(rangeFinding("requestsAtOnce", maxOverlap(requests, "request"), check.requestsAtOnce));
  }
  if (check.cancelledRequests) {
    const cancelled = requests.filter((row) => row.outcome === "cancelled").length;
    findings.push(rangeFinding("cancelledRequests", cancelled, check.cancelledRequests));
  }
  if (check.succeededRequests) {
    const succeeded = requests.filter((row) => row.outcome === "ok").length;
    findings.push(rangeFinding("succeededRequests", succeeded, check.succeededRequests));
  }
  findings.push(...spanFindings(check, rows));
  for (const rule of check.printedAfter) {
    findings.push(printedAfterFinding(fillWords(rule.line, words), rule.after, rows, outputs, rule.withinMs));
  }
  if (check.outputIncludes.length > 0) {
    const printed = outputs.filter((mark) => mark.stream === "stdout").map((mark) => mark.text.trim());
    const wanted = check.outputIncludes.map((line) => fillWords(line, words));
    findings.push(outputFinding(printed, wanted));
  }
  if (check.reports.length > 0) {
    const reports = run.reports.map((line) => line.trim());
    findings.push(
      reportsFinding(
        reports,
        check.reports.map((line) => fillWords(line, words)),
      ),
    );
  }
  return { passed: findings.every((finding) => finding.passed), findings };
}
