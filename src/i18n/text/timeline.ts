/** The timeline chart's words (caption, table headings, outcomes, legend) in every locale. */
import type { TimelineText } from "../../timeline/render.browser.ts";
import type { LocaleCode } from "../locales.ts";

/** The table for every locale: a locale missing here is a compile error. */
export const timelineTables: Record<LocaleCode, TimelineText> = {
  en: {
    caption: "Timeline: when each request, timer and named task started, waited and finished",
    tableSummary: "Timeline as a table",
    columns: { what: "What", start: "Start", end: "End", outcome: "Outcome" },
    duration: "Took",
    outcomes: { ok: "done", error: "failed", cancelled: "cancelled", unfinished: "unfinished" },
    kinds: { request: "request", timer: "timer", task: "named task" },
    legend: "Legend",
    empty: "No requests or timers in this run.",
    moreRows: "{count} more rows are not drawn.",
    moreTableRows: "{count} more rows are not listed.",
  },
  "zh-cn": {
    caption: "时间线：每个请求、定时器和命名任务何时开始、等待、结束",
    tableSummary: "以表格查看时间线",
    columns: { what: "内容", start: "开始", end: "结束", outcome: "结果" },
    duration: "用时",
    outcomes: { ok: "完成", error: "失败", cancelled: "已取消", unfinished: "未完成" },
    kinds: { request: "请求", timer: "定时器", task: "命名任务" },
    legend: "图例",
    empty: "这次运行没有请求或定时器。",
    moreRows: "另有 {count} 行没有画出。",
    moreTableRows: "另有 {count} 行没有列出。",
  },
};
