/**
 * Text of the runner self-check page (`/runner-check/`). The page is one URL for every language,
 * so its script picks the table (see check-text.ts).
 */
import type { LocaleCode } from "../locales.ts";

/** English, which fixes the keys: every other locale's table has the same ones. */
const en = {
  title: "Runner self-check",
  intro:
    "Runs the runner contract and every sample in the runtime you choose, shows each verdict, and keeps a record you can download.",
  runtimeLabel: "Runtime",
  builtIn: "Built-in runtime",
  webContainer: "WebContainer",
  contract: "Runner contract",
  samples: "Samples",
  caseHeader: "Case",
  sampleHeader: "Sample",
  resultHeader: "Result",
  passed: "passed",
  preparing: "Preparing the built-in runtime…",
  builtInReady: "The built-in runtime was ready in {ms} ms.",
  booting: "Booting the WebContainer… {seconds} s so far. A first boot can take a while; this page waits.",
  booted: "The WebContainer booted in {ms} ms. Node inside it: {version}.",
  bootFailed: "The WebContainer did not boot: {reason}",
  notIsolated:
    "This page is not cross-origin isolated, so a WebContainer cannot boot here (the server must send COOP and COEP headers).",
  containerError: "The WebContainer reported an error: {message}",
  checkStopped: "The check stopped: {reason}",
  running: "Running…",
  summary: "{passed} passed, {failed} failed",
  waiting: "Waiting for the runtime…",
  download: "Download the record (JSON)",
} as const;

/** The keys of the check page's text. */
export type CheckTextKey = keyof typeof en;

const zhCn: Record<CheckTextKey, string> = {
  title: "运行环境自检",
  intro: "在你选择的运行环境中运行运行器契约和每一个示例，显示每一项结果，并保留一份可以下载的记录。",
  runtimeLabel: "运行环境",
  builtIn: "内置运行环境",
  webContainer: "WebContainer",
  contract: "运行器契约",
  samples: "示例",
  caseHeader: "用例",
  sampleHeader: "示例",
  resultHeader: "结果",
  passed: "通过",
  preparing: "正在准备内置运行环境…",
  builtInReady: "内置运行环境用了 {ms} 毫秒准备就绪。",
  booting: "正在启动 WebContainer…已过 {seconds} 秒。第一次启动可能需要一些时间，本页会一直等待。",
  booted: "WebContainer 启动用了 {ms} 毫秒。其中的 Node 版本：{version}。",
  bootFailed: "WebContainer 没有启动：{reason}",
  notIsolated:
    "本页面没有启用跨源隔离，因此无法在这里启动 WebContainer（服务器必须发送 COOP 和 COEP 响应头）。",
  containerError: "WebContainer 报告了一个错误：{message}",
  checkStopped: "检查中途停止：{reason}",
  running: "正在运行…",
  summary: "{passed} 项通过，{failed} 项失败",
  waiting: "正在等待运行环境…",
  download: "下载记录（JSON）",
};

/** The table for every locale: a locale missing here is a compile error. */
export const checkPageTables: Record<LocaleCode, Record<CheckTextKey, string>> = { en, "zh-cn": zhCn };
