/**
 * Text the runner shows while it works, in each language. Kept apart from ui.ts because only the
 * lazily loaded runner needs it; the page picks the table from `<html lang>`.
 */
const en = {
  running: "Running…",
  exited: "Exited with code {code} after {seconds}",
  stopped: "Stopped after {seconds}.",
  timedOut: "Stopped: the run went past the {seconds} time limit. Look for a loop that never ends.",
  dropped: "{count} more lines were not shown (output is capped at {max} lines).",
  runtimeRestarted: "The program did not stop; the runtime was restarted.",
  syntaxError: "The TypeScript has a syntax error; nothing ran.",
  copied: "Copied.",
  copyFailed: "Could not copy: select the code and copy it by hand.",
  resetDone: "Back to the original code.",
  edited: "edited",
  runtimeWebContainer: "Running in a WebContainer: real Node.js, in your browser.",
  runtimeWorker: "Running in the built-in browser runtime",
  reasonPreference: "you chose it.",
  reasonNotIsolated: "this page is not cross-origin isolated, which WebContainers need.",
  reasonNoSharedArrayBuffer: "this browser has no SharedArrayBuffer, which WebContainers need.",
  reasonBootFailed: "the WebContainer could not start.",
  reasonBootTimeout: "the WebContainer did not start in time (offline, or its host is blocked).",
  useWorker: "Use the built-in runtime",
  alwaysWorker: "Always use the built-in runtime",
  undoReset: "Undo reset",
  useWebContainer: "Try the WebContainer",
  shareReady: "Link copied. Anyone who opens it sees your code; it runs only when they press Run.",
  shareReadyNotCopied:
    "Link ready, but it could not be copied: it is selected in the field above, so copy it by hand.",
  shareLabel: "Link to your code",
  sharedBanner: "You are looking at code someone shared. It has not run.",
  backToOriginal: "Back to the original",
  backToYourEdit: "Back to your own version",
  shareMalformed: "This share link is damaged, so the original sample is shown. Ask for the link again.",
  shareTooLong: "This share link is too long to open safely, so the original sample is shown.",
  shareTooLarge: "This share link holds more code than a sample can take, so the original sample is shown.",
  shareUnknownSample: "This share link names a sample that is not on this page.",
  checkPassed: "Check passed. Well done!",
  checkFailed: "Not yet:",
} as const;

/** The keys of the runner's text. */
export type RunnerTextKey = keyof typeof en;

const zhCn: Record<RunnerTextKey, string> = {
  running: "正在运行…",
  exited: "程序退出，退出码 {code}，用时 {seconds}",
  stopped: "已在 {seconds} 后停止。",
  timedOut: "已停止：运行超过了 {seconds} 的时间上限。检查一下有没有永远不会结束的循环。",
  dropped: "另有 {count} 行没有显示（输出最多显示 {max} 行）。",
  runtimeRestarted: "程序没有停下来，运行环境已重新启动。",
  syntaxError: "这段 TypeScript 有语法错误，代码没有运行。",
  copied: "已复制。",
  copyFailed: "无法复制：请手动选中代码再复制。",
  resetDone: "已恢复为原始代码。",
  edited: "已修改",
  runtimeWebContainer: "正在 WebContainer 中运行：浏览器里的真实 Node.js。",
  runtimeWorker: "正在使用内置的浏览器运行环境",
  reasonPreference: "这是你选择的。",
  reasonNotIsolated: "本页面没有启用跨源隔离，而 WebContainer 需要它。",
  reasonNoSharedArrayBuffer: "此浏览器没有 SharedArrayBuffer，而 WebContainer 需要它。",
  reasonBootFailed: "WebContainer 无法启动。",
  reasonBootTimeout: "WebContainer 没有按时启动（可能处于离线状态，或其服务器被屏蔽）。",
  useWorker: "改用内置运行环境",
  alwaysWorker: "始终使用内置运行环境",
  undoReset: "撤销重置",
  useWebContainer: "试试 WebContainer",
  shareReady: "链接已复制。打开链接的人会看到你的代码；只有当他们点击“运行”时才会执行。",
  shareReadyNotCopied: "链接已生成，但未能复制到剪贴板。它已在上方的输入框中选中，请手动复制。",
  shareLabel: "你的代码的链接",
  sharedBanner: "你正在查看别人分享的代码，它还没有运行。",
  backToOriginal: "恢复原始代码",
  backToYourEdit: "恢复你自己改过的代码",
  shareMalformed: "这个分享链接已损坏，因此显示的是原始示例。请重新索取链接。",
  shareTooLong: "这个分享链接太长，无法安全打开，因此显示的是原始示例。",
  shareTooLarge: "这个分享链接里的代码超出了示例能容纳的大小，因此显示的是原始示例。",
  shareUnknownSample: "这个分享链接指向的示例不在本页。",
  checkPassed: "检查通过，做得好！",
  checkFailed: "还差一点：",
};

/** Returns the runner's text for the page's language, with `{name}` placeholders filled in. */
export function runnerText(
  htmlLang: string,
): (key: RunnerTextKey, values?: Record<string, string | number>) => string {
  const table = htmlLang.toLowerCase().startsWith("zh") ? zhCn : en;
  return (key, values = {}) =>
    table[key].replace(/\{(\w+)\}/g, (placeholder, name: string) => String(values[name] ?? placeholder));
}
