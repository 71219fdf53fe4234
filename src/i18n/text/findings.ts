/**
 * The words of an exercise check's findings in every locale. The check (src/exercises/) says what
 * it found as a key and values; this table words it where the verdict is shown, so the logic holds
 * no sentences and a new locale adds one entry here.
 */
import type { SpanSelector } from "../../exercises/check-schema.ts";
import type { FindingKey, FindingMessage, FindingValues, Measure, Range } from "../../exercises/finding.ts";
import type { LocaleCode } from "../locales.ts";

/** One function per kind of finding, each given that kind's values. */
export type FindingWords = { [K in FindingKey]: (values: FindingValues[K]) => string };

/** A measure as shown: whole numbers as they are, others to two decimals, then the unit. */
const amount = (value: number, unit: string) =>
  `${Number.isInteger(value) ? value : value.toFixed(2)}${unit}`;
/** A moment of the run in seconds, as the timeline shows it. */
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
/** The rows' label pattern as written in the check, after a space; nothing when it matches all. */
const pattern = (rows: SpanSelector) => (rows.label === "" ? "" : ` /${rows.label}/`);

const enMeasures: Record<Measure, string> = {
  totalSeconds: "Total time",
  requestCount: "Requests made",
  requestsAtOnce: "Requests in flight at once",
  cancelledRequests: "Requests cancelled",
  succeededRequests: "Requests that succeeded",
};
const enKinds: Record<SpanSelector["kind"], string> = { request: "requests", timer: "timers", task: "tasks" };
const enOutcomes = { ok: "succeed", error: "fail", cancelled: "be cancelled" } as const;

/** "needs 5", "needs 1 to 3", "needs at least 5"… */
function enRange({ min, max }: Range): string {
  if (min !== undefined && max !== undefined) return min === max ? `needs ${min}` : `needs ${min} to ${max}`;
  return min !== undefined ? `needs at least ${min}` : `needs at most ${String(max)}`;
}
const enRows = (rows: SpanSelector) => `${enKinds[rows.kind]}${pattern(rows)}`;

const en: FindingWords = {
  exitedCleanly: () => "The run ended without an error.",
  exitedWithError: () => "The run ended with an error: read the output.",
  measure: ({ measure, value, unit, range }) =>
    `${enMeasures[measure]}: ${amount(value, unit)} (${enRange(range)})`,
  outputComplete: () => "The output has every line it needs.",
  outputMissing: ({ line }) => `The output lacks the line “${line}”.`,
  spanCount: ({ rows, count, range }) => `Number of ${enRows(rows)}: ${count} (${enRange(range)})`,
  spanOutcome: ({ rows, outcome, odd }) =>
    `Every one of the ${enRows(rows)} must ${enOutcomes[outcome]}${odd ? `; ${odd.label} ended ${odd.outcome}` : ""}.`,
  spanDuration: ({ rows, range, picked, odd }) =>
    `Each of the ${enRows(rows)} lasts ms: ${odd ? `${odd.label} took ${odd.tookMs}` : picked > 0 ? "all in range" : "there are none"} (${enRange(range)})`,
  spanAlongside: ({ rows, alongside, picked, range }) =>
    `Of the ${picked} ${enRows(rows)}, ${alongside} ran alongside another one (${enRange(range)}): the work must go together, not one after another.`,
  printedNever: ({ line, rows }) =>
    `“${line}” is never printed, so it cannot come after the ${enRows(rows)}.`,
  printedWithoutRows: ({ line, rows }) =>
    `“${line}” must come after the ${enRows(rows)}, but the run made none.`,
  printedEarly: ({ line, atMs, last }) =>
    `“${line}” was printed at ${seconds(atMs)}, before ${last.label} ended at ${seconds(last.endMs)}: wait for it first.`,
  printedAfter: ({ line, rows }) => `“${line}” comes after every one of the ${enRows(rows)}.`,
  printedLate: ({ line, lateByMs, withinMs }) =>
    `“${line}” came ${lateByMs} ms after the last of them ended; it should follow them at once (within ${withinMs} ms), not wait on a timer of its own.`,
  probeSawAll: () => "The check tried your code itself, and it did everything asked.",
  probeMissed: ({ line, seen }) =>
    `The check tried your code itself and needed: “${line}”.${seen.length > 0 ? ` It saw instead: ${seen.map((item) => `“${item}”`).join(", ")}.` : ""}`,
};

const zhMeasures: Record<Measure, string> = {
  totalSeconds: "总耗时",
  requestCount: "发出的请求数",
  requestsAtOnce: "同时进行的请求数",
  cancelledRequests: "被取消的请求数",
  succeededRequests: "成功的请求数",
};
const zhKinds: Record<SpanSelector["kind"], string> = { request: "请求", timer: "定时器", task: "任务" };
const zhOutcomes = { ok: "成功", error: "失败", cancelled: "被取消" } as const;

/** "应为 5"、"应在 1 到 3 之间"、"至少 5"… */
function zhRange({ min, max }: Range): string {
  if (min !== undefined && max !== undefined)
    return min === max ? `应为 ${min}` : `应在 ${min} 到 ${max} 之间`;
  return min !== undefined ? `至少 ${min}` : `最多 ${String(max)}`;
}
const zhRows = (rows: SpanSelector) => `${zhKinds[rows.kind]}${pattern(rows)}`;

const zhCn: FindingWords = {
  exitedCleanly: () => "运行结束，没有错误。",
  exitedWithError: () => "运行以错误结束：请查看输出。",
  measure: ({ measure, value, unit, range }) =>
    `${zhMeasures[measure]}：${amount(value, unit)}（${zhRange(range)}）`,
  outputComplete: () => "输出包含所有必需的行。",
  outputMissing: ({ line }) => `输出中缺少这一行：“${line}”。`,
  spanCount: ({ rows, count, range }) => `${zhRows(rows)}的数量：${count}（${zhRange(range)}）`,
  spanOutcome: ({ rows, outcome, odd }) =>
    `每个${zhRows(rows)}都必须${zhOutcomes[outcome]}${odd ? `；${odd.label} 的结果是 ${odd.outcome}` : ""}。`,
  spanDuration: ({ rows, range, picked, odd }) =>
    `每个${zhRows(rows)}的时长（毫秒）：${odd ? `${odd.label} 用了 ${odd.tookMs}` : picked > 0 ? "都在范围内" : "一个也没有"}（${zhRange(range)}）`,
  spanAlongside: ({ rows, alongside, picked, range }) =>
    `在 ${picked} 个${zhRows(rows)}中，有 ${alongside} 个曾与另一个同时进行（${zhRange(range)}）：它们要一起进行，而不是一个接一个。`,
  printedNever: ({ line, rows }) => `没有输出“${line}”，所以谈不上在${zhRows(rows)}之后。`,
  printedWithoutRows: ({ line, rows }) => `“${line}”必须在${zhRows(rows)}之后输出，但这次运行一个也没有。`,
  printedEarly: ({ line, atMs, last }) =>
    `“${line}”在 ${seconds(atMs)} 就输出了，早于 ${last.label} 在 ${seconds(last.endMs)} 结束：请先等待它。`,
  printedAfter: ({ line, rows }) => `“${line}”在所有${zhRows(rows)}结束之后才输出。`,
  printedLate: ({ line, lateByMs, withinMs }) =>
    `“${line}”在它们中最后一个结束 ${lateByMs} 毫秒之后才输出；它应当紧随其后（${withinMs} 毫秒之内），而不是等自己的定时器。`,
  probeSawAll: () => "检查亲自调用了你的代码，要求的每一项都做到了。",
  probeMissed: ({ line, seen }) =>
    `检查亲自调用了你的代码，需要看到：“${line}”。${seen.length > 0 ? `实际看到的是：${seen.map((item) => `“${item}”`).join("、")}。` : ""}`,
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
