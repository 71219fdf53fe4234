/**
 * The words of an exercise check's findings in every locale. The check (src/exercises/) says what
 * it found as a key and values; this table words it where the verdict is shown, so the logic holds
 * no sentences and a new locale adds one entry here. Each sentence says what the check needs, then
 * what the run did; rows are named as the timeline labels them, never by the check's pattern.
 */
import type { SpanSelector } from "../../exercises/check-schema.ts";
import type { FindingKey, FindingMessage, FindingValues, Range } from "../../exercises/finding.ts";
import { readableLabel } from "../../exercises/readable-label.ts";
import type { LocaleCode } from "../locales.ts";
import { reportInChinese } from "./probe-reports.ts";

/** One function per kind of finding, each given that kind's values. */
export type FindingWords = { [K in FindingKey]: (values: FindingValues[K]) => string };

type Kind = SpanSelector["kind"];

/** A measure as shown: whole numbers as they are, others to two decimals. */
const amount = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(2));
/** A moment of the run, or how long a row took, in seconds as the timeline shows it. */
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
/** A bound on a duration: "300 ms" under a second, else "1.6 s". */
const bound = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(2))} s`);

/**
 * The rows' label as the timeline shows it, read back from the check's pattern; `undefined` when
 * the rule picks every row of its kind, or the pattern cannot be read back (then the kind alone).
 */
function labelOf(rows: SpanSelector, or: string, range: string): string | undefined {
  const readable = rows.label === "" ? undefined : readableLabel(rows.label);
  if (readable === undefined) return undefined;
  const text = readable.parts
    .map((part) =>
      part.kind === "text"
        ? part.text
        : part.kind === "range"
          ? `${part.from}${range}${part.to}`
          : part.options.join(or),
    )
    .join("");
  return readable.openEnded ? `${text}…` : text;
}

/** A timer's label is "timer 500 ms": its duration names it best ("timers of 500 ms"). */
const timerDuration = (label: string) => /^timer (.+)$/.exec(label)?.[1];

/** A range of a count with its noun: "exactly 5 requests", "at most 1 timer", "no tasks"… */
function enCount({ min, max }: Range, one: string, many: string): string {
  const noun = (n: number) => (n === 1 ? one : many);
  if (max === 0) return `no ${many}`;
  if (min !== undefined && max !== undefined)
    return min === max ? `exactly ${min} ${noun(min)}` : `between ${min} and ${max} ${many}`;
  return min !== undefined ? `at least ${min} ${noun(min)}` : `at most ${String(max)} ${noun(max ?? 0)}`;
}
/** A range of time: "at most 9 s", "between 1.6 s and 3 s"… */
function enTime({ min, max }: Range, show: (value: number) => string): string {
  if (min !== undefined && max !== undefined)
    return min === max ? `exactly ${show(min)}` : `between ${show(min)} and ${show(max)}`;
  return min !== undefined ? `at least ${show(min)}` : `at most ${show(max ?? 0)}`;
}
const enKinds: Record<Kind, [string, string]> = {
  request: ["request", "requests"],
  timer: ["timer", "timers"],
  task: ["task", "tasks"],
};
/** The rows a rule picks, one or many: "request “GET /delay/300”", "timers of 500 ms", "requests". */
function enRows(rows: SpanSelector, many = false): string {
  const noun = enKinds[rows.kind][many ? 1 : 0];
  const label = labelOf(rows, " or ", "–");
  if (label === undefined) return noun;
  const duration = rows.kind === "timer" ? timerDuration(label) : undefined;
  return duration === undefined ? `${noun} “${label}”` : `${noun} of ${duration}`;
}
const enMust = { ok: "succeed", error: "fail", cancelled: "be cancelled" } as const;
const enEnded = { ok: "succeeded", error: "failed", cancelled: "was cancelled", unfinished: "never ended" };
const was = (count: number) => (count === 1 ? "was" : "were");

const en: FindingWords = {
  exitedCleanly: () => "The run ended without an error.",
  exitedWithError: () => "The run ended with an error: read the output.",
  measure: ({ measure, value, range }) => {
    const requests = enCount(range, "request", "requests");
    const Requests = requests.charAt(0).toUpperCase() + requests.slice(1);
    switch (measure) {
      case "totalSeconds":
        return `The run must take ${enTime(range, (s) => `${s} s`)}; it took ${amount(value)} s.`;
      case "requestCount":
        return `The run must make ${requests}; it made ${amount(value)}.`;
      case "requestsAtOnce":
        return `${Requests} must be waiting at the same time; at the busiest moment ${amount(value)} ${was(value)}.`;
      case "cancelledRequests":
        return `${Requests} must end cancelled (aborted or timed out); ${amount(value)} did.`;
      case "succeededRequests":
        return `${Requests} must succeed with a 2xx status; ${amount(value)} did.`;
    }
  },
  outputComplete: () => "The output has every line it needs.",
  outputMissing: ({ line }) => `The output lacks the line “${line}”.`,
  spanCount: ({ rows, count, range }) =>
    `There must be ${enCount(range, enRows(rows), enRows(rows, true))}; there ${was(count)} ${count}.`,
  spanOutcome: ({ rows, outcome, picked, odd }) =>
    `Every ${enRows(rows)} must ${enMust[outcome]}; ${
      odd ? `“${odd.label}” ${enEnded[odd.outcome]}` : picked > 0 ? "every one did" : "there was none"
    }.`,
  spanDuration: ({ rows, range, picked, odd }) =>
    `Every ${enRows(rows)} must last ${enTime(range, bound)}; ${
      odd ? `“${odd.label}” took ${seconds(odd.tookMs)}` : picked > 0 ? "every one did" : "there was none"
    }.`,
  spanAlongside: ({ rows, alongside, picked, range }) => {
    const needed = enCount(range, enRows(rows), enRows(rows, true));
    return `${needed.charAt(0).toUpperCase()}${needed.slice(1)} must run alongside another one, together rather than one after another; of ${picked}, ${alongside} did.`;
  },
  printedNever: ({ line, rows }) =>
    `“${line}” must be printed after every ${enRows(rows)} has ended; it was never printed.`,
  printedWithoutRows: ({ line, rows }) =>
    `“${line}” must be printed after every ${enRows(rows)} has ended, but the run had no such ${enKinds[rows.kind][0]}.`,
  printedEarly: ({ line, atMs, last }) =>
    `“${line}” was printed at ${seconds(atMs)}, before ${last.label} ended at ${seconds(last.endMs)}: wait for it first.`,
  printedAfter: ({ line, rows }) => `“${line}” is printed after every ${enRows(rows)} has ended.`,
  printedLate: ({ line, lateByMs, withinMs }) =>
    `“${line}” must follow the last of them at once, within ${withinMs} ms, not after a wait of its own; it came ${lateByMs} ms later.`,
  probeSawAll: () => "The check called your code itself, and it did everything asked.",
  probeMissed: ({ line, seen }) =>
    `The check called your code itself and needed: “${line}”.${seen.length > 0 ? ` It saw instead: ${seen.map((item) => `“${item}”`).join(", ")}.` : ""}`,
};

/** "恰好 5 个"、"至少 5 个"、"最多 2 个"、"1 到 3 个"… */
function zhCount({ min, max }: Range): string {
  if (min !== undefined && max !== undefined) return min === max ? `恰好 ${min} 个` : `${min} 到 ${max} 个`;
  return min !== undefined ? `至少 ${min} 个` : `最多 ${String(max)} 个`;
}
/** "不超过 9 s"、"在 1.6 s 到 3 s 之间"… */
function zhTime({ min, max }: Range, show: (value: number) => string): string {
  if (min !== undefined && max !== undefined)
    return min === max ? `恰好 ${show(min)}` : `在 ${show(min)} 到 ${show(max)} 之间`;
  return min !== undefined ? `至少 ${show(min)}` : `不超过 ${show(max ?? 0)}`;
}
const zhKinds: Record<Kind, string> = { request: "请求", timer: "定时器", task: "任务" };
/** The rows a rule picks: "请求“GET /delay/300”"、"500 ms 的定时器"、"请求". */
function zhRows(rows: SpanSelector): string {
  const noun = zhKinds[rows.kind];
  const label = labelOf(rows, " 或 ", "–");
  if (label === undefined) return noun;
  const duration = rows.kind === "timer" ? timerDuration(label) : undefined;
  return duration === undefined ? `${noun}“${label}”` : `${duration} 的${noun}`;
}
/** "应有恰好 5 个请求…", or "不应有请求…" when the range allows none. */
const zhShould = (range: Range, what: string) =>
  range.max === 0 ? `不应有${what}` : `应有${zhCount(range)}${what}`;
const zhMust = { ok: "成功", error: "失败", cancelled: "被取消" } as const;
const zhEnded = { ok: "成功了", error: "失败了", cancelled: "被取消了", unfinished: "一直没有结束" };

const zhCn: FindingWords = {
  exitedCleanly: () => "运行结束，没有错误。",
  exitedWithError: () => "运行以错误结束：请查看输出。",
  measure: ({ measure, value, range }) => {
    switch (measure) {
      case "totalSeconds":
        return `整个运行应${zhTime(range, (s) => `${s} 秒`)}；实际用了 ${amount(value)} 秒。`;
      case "requestCount":
        return `运行${range.max === 0 ? "不应发出请求" : `应发出${zhCount(range)}请求`}；实际发出了 ${amount(value)} 个。`;
      case "requestsAtOnce":
        return `${zhShould(range, "请求同时在等待")}；最忙的时候有 ${amount(value)} 个。`;
      case "cancelledRequests":
        return `${zhShould(range, "请求以取消结束（被中止或超时）")}；实际有 ${amount(value)} 个。`;
      case "succeededRequests":
        return `${zhShould(range, "请求成功（状态码 2xx）")}；实际有 ${amount(value)} 个。`;
    }
  },
  outputComplete: () => "输出包含所有必需的行。",
  outputMissing: ({ line }) => `输出中缺少这一行：“${line}”。`,
  spanCount: ({ rows, count, range }) => `${zhShould(range, zhRows(rows))}；实际有 ${count} 个。`,
  spanOutcome: ({ rows, outcome, picked, odd }) =>
    `每个${zhRows(rows)}都必须${zhMust[outcome]}；${
      odd ? `“${odd.label}”${zhEnded[odd.outcome]}` : picked > 0 ? "全部做到了" : "但这次运行一个也没有"
    }。`,
  spanDuration: ({ rows, range, picked, odd }) =>
    `每个${zhRows(rows)}都应持续${zhTime(range, bound)}；${
      odd ? `“${odd.label}”用了 ${seconds(odd.tookMs)}` : picked > 0 ? "全部在范围内" : "但这次运行一个也没有"
    }。`,
  spanAlongside: ({ rows, alongside, picked, range }) =>
    `应有${zhCount(range)}${zhRows(rows)}与另一个同时进行，一起进行而不是一个接一个；在 ${picked} 个中有 ${alongside} 个做到了。`,
  printedNever: ({ line, rows }) => `“${line}”应在所有${zhRows(rows)}结束之后输出，但它从未输出。`,
  printedWithoutRows: ({ line, rows }) =>
    `“${line}”应在所有${zhRows(rows)}结束之后输出，但这次运行一个${zhKinds[rows.kind]}也没有。`,
  printedEarly: ({ line, atMs, last }) =>
    `“${line}”在 ${seconds(atMs)} 就输出了，早于 ${last.label} 在 ${seconds(last.endMs)} 结束：请先等待它。`,
  printedAfter: ({ line, rows }) => `“${line}”在所有${zhRows(rows)}结束之后才输出。`,
  printedLate: ({ line, lateByMs, withinMs }) =>
    `“${line}”在它们中最后一个结束 ${lateByMs} 毫秒之后才输出；它应当紧随其后（${withinMs} 毫秒之内），而不是等自己的定时器。`,
  probeSawAll: () => "检查亲自调用了你的代码，要求的每一项都做到了。",
  probeMissed: ({ line, seen }) =>
    `检查亲自调用了你的代码，需要看到：“${reportInChinese(line)}”。${seen.length > 0 ? `实际看到的是：${seen.map((item) => `“${reportInChinese(item)}”`).join("、")}。` : ""}`,
};

/** The table for every locale: a locale missing here is a compile error. */
export const findingTables: Record<LocaleCode, FindingWords> = { en, "zh-cn": zhCn };

/**
 * Words a finding's message in a locale.
 *
 * @example wordFinding({ key: "outputMissing", values: { line: "done" } }, "en") // "The output lacks the line “done”."
 */
export function wordFinding<K extends FindingKey>(message: FindingMessage<K>, locale: LocaleCode): string {
  const words: { [P in FindingKey]: (values: FindingValues[P]) => string } = findingTables[locale];
  return words[message.key](message.values);
}
