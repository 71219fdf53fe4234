/**
 * The check's rules on timeline rows: how many requests, timers or tasks a pattern picks, how they
 * end and how long they last, and lines that may only be printed after such rows have ended. These
 * facts come from the runtime's own records (its probes on fetch and setTimeout), which a program
 * cannot write to.
 */
import type { OutputMark } from "../timeline/events.ts";
import type { TimelineRow } from "../timeline/model.ts";
import type { ExerciseCheck, SpanSelector } from "./check-schema.ts";
import { describeRange, inRange, type Finding } from "./finding.ts";

const kindNames = {
  request: { en: "requests", "zh-cn": "请求" },
  timer: { en: "timers", "zh-cn": "定时器" },
  task: { en: "tasks", "zh-cn": "任务" },
} as const;

const outcomeNames = {
  ok: { en: "succeed", "zh-cn": "成功" },
  error: { en: "fail", "zh-cn": "失败" },
  cancelled: { en: "be cancelled", "zh-cn": "被取消" },
} as const;

function selected(rows: readonly TimelineRow[], selector: SpanSelector): TimelineRow[] {
  const pattern = new RegExp(selector.label);
  return rows.filter((row) => row.kind === selector.kind && pattern.test(row.label));
}

function what(selector: SpanSelector) {
  const pattern = selector.label === "" ? "" : ` /${selector.label}/`;
  return {
    en: `${kindNames[selector.kind].en}${pattern}`,
    "zh-cn": `${kindNames[selector.kind]["zh-cn"]}${pattern}`,
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Findings for every `spans` rule of the check. */
export function spanFindings(check: ExerciseCheck, rows: readonly TimelineRow[]): Finding[] {
  const findings: Finding[] = [];
  for (const rule of check.spans) {
    const picked = selected(rows, rule);
    const name = what(rule);
    if (rule.count !== undefined) {
      findings.push({
        rule: "spans.count",
        passed: inRange(picked.length, rule.count),
        message: {
          en: `Number of ${name.en}: ${picked.length} (${describeRange(rule.count, "en")})`,
          "zh-cn": `${name["zh-cn"]}的数量：${picked.length}（${describeRange(rule.count, "zh-cn")}）`,
        },
      });
    }
    if (rule.outcome !== undefined) {
      const wanted = outcomeNames[rule.outcome];
      const odd = picked.find((row) => row.outcome !== rule.outcome);
      findings.push({
        rule: "spans.outcome",
        passed: odd === undefined && picked.length > 0,
        message: {
          en: `Every one of the ${name.en} must ${wanted.en}${odd ? `; ${odd.label} ended ${odd.outcome}` : ""}.`,
          "zh-cn": `每个${name["zh-cn"]}都必须${wanted["zh-cn"]}${odd ? `；${odd.label} 的结果是 ${odd.outcome}` : ""}。`,
        },
      });
    }
    if (rule.durationMs !== undefined) {
      const range = rule.durationMs;
      const odd = picked.find((row) => !inRange(row.endMs - row.startMs, range));
      const took = odd ? Math.round(odd.endMs - odd.startMs) : 0;
      findings.push({
        rule: "spans.durationMs",
        passed: odd === undefined && picked.length > 0,
        message: {
          en: `Each of the ${name.en} lasts ms: ${odd ? `${odd.label} took ${took}` : picked.length > 0 ? "all in range" : "there are none"} (${describeRange(range, "en")})`,
          "zh-cn": `每个${name["zh-cn"]}的时长（毫秒）：${odd ? `${odd.label} 用了 ${took}` : picked.length > 0 ? "都在范围内" : "一个也没有"}（${describeRange(range, "zh-cn")}）`,
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
): Finding {
  const picked = selected(rows, after);
  const printed = outputs.filter((mark) => mark.stream === "stdout" && mark.text.trim() === line.trim());
  const lastEnd = picked.reduce<TimelineRow | undefined>(
    (latest, row) => (latest === undefined || row.endMs > latest.endMs ? row : latest),
    undefined,
  );
  const early = lastEnd === undefined ? undefined : printed.find((mark) => mark.atMs < lastEnd.endMs);
  const name = what(after);
  const passed = printed.length > 0 && lastEnd !== undefined && early === undefined;
  const en =
    printed.length === 0
      ? `“${line}” is never printed, so it cannot come after the ${name.en}.`
      : lastEnd === undefined
        ? `“${line}” must come after the ${name.en}, but the run made none.`
        : early !== undefined
          ? `“${line}” was printed at ${seconds(early.atMs)}, before ${lastEnd.label} ended at ${seconds(lastEnd.endMs)}: wait for it first.`
          : `“${line}” comes after every one of the ${name.en}.`;
  const zh =
    printed.length === 0
      ? `没有输出“${line}”，所以谈不上在${name["zh-cn"]}之后。`
      : lastEnd === undefined
        ? `“${line}”必须在${name["zh-cn"]}之后输出，但这次运行一个也没有。`
        : early !== undefined
          ? `“${line}”在 ${seconds(early.atMs)} 就输出了，早于 ${lastEnd.label} 在 ${seconds(lastEnd.endMs)} 结束：请先等待它。`
          : `“${line}”在所有${name["zh-cn"]}结束之后才输出。`;
  return { rule: "printedAfter", passed, message: { en, "zh-cn": zh } };
}
