/**
 * Judges one run of an exercise against its check. It reads the run's output and timeline only,
 * so any correct solution passes, however it is written. Pure: the page, the sample tests and the
 * e2e suite all use it.
 */
import type { LocaleCode } from "../i18n/locales.ts";
import { maxOverlap, type TimelineModel } from "../timeline/model.ts";
import { outputLines } from "../lib/expected-output.ts";
import type { ExerciseCheck } from "./check-schema.ts";

/** What a finished run left behind. */
export interface RunSummary {
  stdout: string;
  /** 0 for a clean exit. */
  exitCode: number;
  durationMs: number;
  timeline: TimelineModel;
}

/** One rule's verdict, with a sentence for the learner in each language. */
export interface Finding {
  rule: string;
  passed: boolean;
  message: Record<LocaleCode, string>;
}

/** The whole verdict. */
export interface CheckResult {
  passed: boolean;
  findings: Finding[];
}

interface Range {
  min?: number | undefined;
  max?: number | undefined;
}

const names: Record<string, Record<LocaleCode, string>> = {
  totalSeconds: { en: "Total time", "zh-cn": "总耗时" },
  requestCount: { en: "Requests made", "zh-cn": "发出的请求数" },
  requestsAtOnce: { en: "Requests in flight at once", "zh-cn": "同时进行的请求数" },
  cancelledRequests: { en: "Requests cancelled", "zh-cn": "被取消的请求数" },
  succeededRequests: { en: "Requests that succeeded", "zh-cn": "成功的请求数" },
};

function describeRange(range: Range, lang: LocaleCode): string {
  const { min, max } = range;
  if (lang === "zh-cn") {
    if (min !== undefined && max !== undefined)
      return min === max ? `应为 ${min}` : `应在 ${min} 到 ${max} 之间`;
    return min !== undefined ? `至少 ${min}` : `最多 ${String(max)}`;
  }
  if (min !== undefined && max !== undefined) return min === max ? `needs ${min}` : `needs ${min} to ${max}`;
  return min !== undefined ? `needs at least ${min}` : `needs at most ${String(max)}`;
}

function rangeFinding(rule: string, value: number, range: Range, unit = ""): Finding {
  const passed =
    (range.min === undefined || value >= range.min) && (range.max === undefined || value <= range.max);
  const shown = `${Number.isInteger(value) ? value : value.toFixed(2)}${unit}`;
  const label = names[rule] ?? { en: rule, "zh-cn": rule };
  return {
    rule,
    passed,
    message: {
      en: `${label.en}: ${shown} (${describeRange(range, "en")})`,
      "zh-cn": `${label["zh-cn"]}：${shown}（${describeRange(range, "zh-cn")}）`,
    },
  };
}

function outputFinding(stdout: string, wanted: readonly string[]): Finding {
  const lines = outputLines(stdout).map((line) => line.trim());
  let from = 0;
  const missing = wanted.find((line) => {
    const at = lines.indexOf(line.trim(), from);
    if (at === -1) return true;
    from = at + 1;
    return false;
  });
  return {
    rule: "outputIncludes",
    passed: missing === undefined,
    message:
      missing === undefined
        ? { en: "The output has every line it needs.", "zh-cn": "输出包含所有必需的行。" }
        : { en: `The output lacks the line “${missing}”.`, "zh-cn": `输出中缺少这一行：“${missing}”。` },
  };
}

/** Applies every rule of `check` to `run`. */
export function checkRun(check: ExerciseCheck, run: RunSummary): CheckResult {
  const requests = run.timeline.rows.filter((row) => row.kind === "request");
  const findings: Finding[] = [];
  if (check.exitsCleanly) {
    const passed = run.exitCode === 0;
    findings.push({
      rule: "exitsCleanly",
      passed,
      message: passed
        ? { en: "The run ended without an error.", "zh-cn": "运行结束，没有错误。" }
        : { en: "The run ended with an error: read the output.", "zh-cn": "运行以错误结束：请查看输出。" },
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
  if (check.outputIncludes.length > 0) findings.push(outputFinding(run.stdout, check.outputIncludes));
  return { passed: findings.every((finding) => finding.passed), findings };
}
