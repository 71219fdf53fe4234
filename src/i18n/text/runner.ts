/**
 * Text the runner shows while it works: run status, runtime notices, sharing, exercise verdicts.
 * Kept apart from the pages' text because only the lazily loaded runner needs it.
 */
import type { LocaleCode } from "../locales.ts";

/** English, which fixes the keys: every other locale's table has the same ones. */
const en = {
  running: "Running…",
  exited: "Exited with code {code} after {seconds}",
  finishedClean: "Done in {seconds}.",
  finishedFailed: "Ended with an error after {seconds}: see the output.",
  stopped: "Stopped after {seconds}.",
  stoppedBy: "Stopped after {seconds}: “{title}” started a run.",
  timedOut: "Stopped: the run went past the {seconds} time limit. Look for a loop that never ends.",
  timedOutSilent:
    "Stopped: the run went past the {seconds} time limit, long after the program had stopped answering. A loop that never lets go does that, and so does a program that ran out of memory.",
  dropped: "{count} more lines were not shown (output is capped at {max} lines).",
  moreChars: "… {count} more characters",
  droppedSpans:
    "{count} more requests, timers and tasks were left off the timeline (it keeps at most {max}).",
  timeLimitClamped:
    "Your time-limit setting ({setting} ms) is longer than a browser timer can wait; this run stops after {seconds} instead.",
  runtimeRestarted: "The program did not stop; the runtime was restarted.",
  pythonEnded:
    "The program ended Python's own process (os._exit, or a signal it set no handler for), as it would end python main.py: a fresh Python starts for the next run.",
  pythonMemoryLimit:
    "The program asked for more memory than the page gives Python (1 GiB), so Python raised MemoryError: a fresh Python starts for the next run, which gives that memory back to your device.",
  sandboxDied:
    "The sandbox that ran the program stopped unexpectedly, perhaps because the program ran out of memory: the run was ended and the sandbox replaced, so the next run starts fresh.",
  programSilent:
    "The program has not answered for a few seconds: it is either busy in a loop that never lets go, or it ran out of memory and the browser stopped it (the browser does not say which). Stop ends it; otherwise the time limit will.",
  nodeOnly:
    "Not run: this program imports a module only Node.js has (node:child_process, node:net or node:async_hooks), which the built-in runtime cannot offer. Run it with Node.js, or on your computer: save it as main.ts and run node main.ts (Node 22.18 or newer).",
  syntaxError: "The TypeScript has a syntax error; nothing ran.",
  syntaxMissing: "SyntaxError: missing `{token}` before line {line}, column {column}.",
  syntaxEndsEarly:
    "SyntaxError: the code ends while the `{open}` at line {line}, column {column} is still open: add its `{token}` where that part ends.",
  syntaxUnclosedString:
    "SyntaxError: the string that starts at line {line}, column {column} is not closed: add its closing quote on the same line.",
  syntaxUnclosedTemplate:
    "SyntaxError: the template string (between backticks) that starts at line {line}, column {column} is never closed: add a closing `.",
  syntaxUnclosedComment:
    "SyntaxError: the comment that starts at line {line}, column {column} is never closed: add */.",
  syntaxUnexpected:
    "SyntaxError: `{token}` cannot stand at line {line}, column {column}: something just before it is missing or misspelled.",
  syntaxOther: "SyntaxError: {reason} at line {line}, column {column}.",
  copied: "Copied.",
  copyFailed: "Could not copy: select the code and copy it by hand.",
  resetDone: "Back to the original code.",
  edited: "edited",
  sharedMarker: "shared version, kept apart from yours",
  ranInNode: "This run uses Node.js, inside your browser (a WebContainer).",
  ranInWorkerWhileStarting: "This run uses the built-in runtime while Node.js starts.",
  ranInWorkerAsChosen: "This run uses the built-in runtime, as you chose.",
  ranInWorkerBecause: "This run uses the built-in runtime: {reason}",
  nextInNode: "Node.js is ready now: your next run uses it.",
  nextWhileStarting: "Node.js is starting; until it is ready, runs use the built-in runtime.",
  nextInWorkerAsChosen: "Your next run uses the built-in runtime, as you chose.",
  nextInWorkerBecause: "Your next run uses the built-in runtime: {reason}",
  whyNotIsolated: "this site is served without the security headers that Node.js in the browser needs.",
  whyNoSharedArrayBuffer: "this browser lacks SharedArrayBuffer, which Node.js in the browser needs.",
  whyAppleMobile:
    "Node.js in the browser is not started on iPhone and iPad, where it takes so much memory that the tab reloads.",
  whyBootFailed: "Node.js could not start in this browser ({detail}).",
  whyBootTimeout:
    "Node.js did not start within {seconds} seconds. Perhaps the network blocks StackBlitz, which provides it.",
  whyHostUnreachable:
    "the network does not reach the server that provides Node.js (offline, or blocked by a filter).",
  whyNotStartedForSite: "the Node.js runtime did not start for this site.",
  whyUnreachedOrRefused: "the Node.js runtime could not be reached, or did not start for this site.",
  whyFailedBefore: "Node.js could not start in this browser recently, so this page did not try it again.",
  whyNodeRestarting: "Node.js is restarting after a program that did not stop, which takes a few seconds.",
  whyTabLimit:
    "Node.js already runs in {detail} other tabs of this site, and one more would slow the browser down. Close one, then try again.",
  whyCrashedBefore:
    "this tab stopped unexpectedly while Node.js was starting (perhaps it ran out of memory), so it was not started again.",
  whyOldNode:
    "this program uses node:test, which needs Node.js 22.8 or later, and the WebContainer runs Node.js {detail}.",
  useWorker: "Use the built-in runtime",
  keepWorker: "Always use the built-in runtime",
  useNode: "Use Node.js",
  tryNodeAgain: "Try Node.js again",
  undoReset: "Undo reset",
  shareReady: "Link copied. Anyone who opens it sees your code; it runs only when they press Run.",
  shareReadyNotCopied:
    "Link ready, but it could not be copied: it is selected in the field above, so copy it by hand.",
  sharedBanner:
    "You are looking at code someone shared, kept apart from your own version. It runs only when you press Run.",
  draftKept: "A shared version of this sample is kept apart from your own.",
  draftDiffers: "{count} lines differ from the original; their numbers are marked.",
  draftDiffersOne: "1 line differs from the original; its number is marked.",
  draftOnlyRemoves: "It leaves out lines of the original.",
  draftSameAsOriginal: "It is the same as the original.",
  seeOriginal: "See the original",
  backToOriginal: "Back to the original",
  backToYourEdit: "Back to your version",
  showDraft: "Show the shared version",
  keepDraft: "Keep the shared version",
  discardDraft: "Discard",
  draftKeptAsYours: "The shared version is now your own; your earlier version is replaced.",
  draftDiscarded: "The shared version is discarded.",
  draftReplaced: "The code from this link replaced the shared version kept before.",
  undo: "Undo",
  changedInOtherTab:
    "Your edit of this sample changed in another tab, so it is shown here too. Undo (Ctrl+Z) in the code brings back this tab's version.",
  draftChangedInOtherTab:
    "The shared version of this sample changed in another tab, so it is shown here too.",
  storageRefused:
    "Your browser could not keep your edit (its storage is full or blocked). It stays on this page until you leave or reload: copy it if you want to keep it.",
  shareMalformed: "This share link is damaged, so nothing from it was opened. Ask for the link again.",
  shareTooLong: "This share link is too long to open safely, so nothing from it was opened.",
  shareTooLarge: "This share link holds more code than a sample can take, so nothing from it was opened.",
  shareUnknownSample: "This share link names a sample that is not on this page.",
  checkPassed: "Check passed. Well done!",
  checkFailedCount: "Not yet: {failed} of {total} checks not met.",
  findingMet: "Met:",
  findingNotMet: "Not met:",
  verdictLinkPassed: "✓ Check passed: see the verdict",
  verdictLinkFailed: "✗ Not yet: see what is missing",
  /** Put between two sentences of one notice: English needs a space, Chinese none. */
  sentenceGap: " ",
} as const;

/** The keys of the runner's text. */
export type RunnerTextKey = keyof typeof en;

const zhCn: Record<RunnerTextKey, string> = {
  running: "正在运行…",
  exited: "程序退出，退出码 {code}，用时 {seconds}",
  finishedClean: "完成，用时 {seconds}。",
  finishedFailed: "运行出错，用时 {seconds}：请查看输出。",
  stopped: "已在 {seconds} 后停止。",
  stoppedBy: "已在 {seconds} 后停止：“{title}”开始了运行。",
  timedOut: "已停止：运行超过了 {seconds} 的时间上限。检查一下有没有永远不会结束的循环。",
  timedOutSilent:
    "已停止：运行超过了 {seconds} 的时间上限，而程序早在那之前就不再响应了。永不放手的循环会这样，耗尽内存的程序也会这样。",
  dropped: "另有 {count} 行没有显示（输出最多显示 {max} 行）。",
  moreChars: "……还有 {count} 个字符",
  droppedSpans: "另有 {count} 个请求、定时器和任务没有记入时间线（时间线最多记录 {max} 个）。",
  timeLimitClamped:
    "你设置的时间上限（{setting} 毫秒）超出了浏览器定时器能等待的时长；这次运行改为在 {seconds} 后停止。",
  runtimeRestarted: "程序没有停下来，运行环境已重新启动。",
  pythonEnded:
    "程序结束了 Python 自身的进程（os._exit，或收到一个没有设置处理函数的信号），就像它会结束 python main.py 一样：下次运行会启动一个新的 Python。",
  pythonMemoryLimit:
    "程序申请的内存超过了页面给 Python 的上限（1 GiB），所以 Python 抛出了 MemoryError：下次运行会启动一个新的 Python，把这些内存还给你的设备。",
  sandboxDied:
    "运行程序的沙箱意外停止了，可能是程序耗尽了内存：本次运行已结束，沙箱已更换，下次运行会重新开始。",
  programSilent:
    "程序已有几秒没有响应：它要么陷在一个永不放手的循环里，要么耗尽了内存、被浏览器停下（浏览器不会说明是哪一种）。按“停止”可以结束它，否则到时间上限时也会结束。",
  nodeOnly:
    "没有运行：这个程序导入了只有 Node.js 才有的模块（node:child_process、node:net 或 node:async_hooks），内置运行环境无法提供。请用 Node.js 运行，或者在自己的电脑上运行：保存为 main.ts，再执行 node main.ts（需要 Node 22.18 或更新版本）。",
  syntaxError: "这段 TypeScript 有语法错误，代码没有运行。",
  syntaxMissing: "语法错误：第 {line} 行第 {column} 列之前缺少 `{token}`。",
  syntaxEndsEarly:
    "语法错误：代码已经结束，但第 {line} 行第 {column} 列的 `{open}` 还没有闭合：在那一部分结束处补上 `{token}`。",
  syntaxUnclosedString:
    "语法错误：从第 {line} 行第 {column} 列开始的字符串没有闭合：在同一行补上结尾的引号。",
  syntaxUnclosedTemplate:
    "语法错误：从第 {line} 行第 {column} 列开始的模板字符串（反引号之间）没有闭合：补上结尾的 `。",
  syntaxUnclosedComment: "语法错误：从第 {line} 行第 {column} 列开始的注释没有闭合：补上 */。",
  syntaxUnexpected: "语法错误：第 {line} 行第 {column} 列不能出现 `{token}`：它前面少了或写错了什么。",
  syntaxOther: "语法错误：第 {line} 行第 {column} 列：{reason}",
  copied: "已复制。",
  copyFailed: "无法复制：请手动选中代码再复制。",
  resetDone: "已恢复为原始代码。",
  edited: "已修改",
  sharedMarker: "分享的版本，与你自己的版本分开保存",
  ranInNode: "这次运行使用 Node.js，就在你的浏览器里（WebContainer）。",
  ranInWorkerWhileStarting: "Node.js 还在启动，这次运行先使用内置运行环境。",
  ranInWorkerAsChosen: "按你的选择，这次运行使用内置运行环境。",
  ranInWorkerBecause: "这次运行使用内置运行环境：{reason}",
  nextInNode: "Node.js 已经就绪：下一次运行将使用它。",
  nextWhileStarting: "Node.js 正在启动；就绪之前，代码都在内置运行环境中运行。",
  nextInWorkerAsChosen: "按你的选择，下一次运行将使用内置运行环境。",
  nextInWorkerBecause: "下一次运行将使用内置运行环境：{reason}",
  whyNotIsolated: "本站发送的响应缺少在浏览器中运行 Node.js 所需的安全响应头。",
  whyNoSharedArrayBuffer: "此浏览器缺少 SharedArrayBuffer，而在浏览器中运行 Node.js 需要它。",
  whyAppleMobile: "在 iPhone 和 iPad 上不启动浏览器中的 Node.js：它在那里占用的内存太多，标签页会重新加载。",
  whyBootFailed: "Node.js 无法在此浏览器中启动（{detail}）。",
  whyBootTimeout: "Node.js 在 {seconds} 秒内没有启动。可能是网络屏蔽了提供它的 StackBlitz。",
  whyHostUnreachable: "网络无法访问提供 Node.js 的服务器（已离线，或被过滤器屏蔽）。",
  whyNotStartedForSite: "Node.js 运行环境没有为本站启动。",
  whyUnreachedOrRefused: "无法连接到 Node.js 运行环境，或者它没有为本站启动。",
  whyFailedBefore: "Node.js 最近在此浏览器中没能启动，所以本页没有再试。",
  whyNodeRestarting: "有个程序没能停下，Node.js 正在重新启动，需要几秒钟。",
  whyTabLimit: "本站已有 {detail} 个其他标签页在运行 Node.js，再开一个会拖慢浏览器。关掉一个后再试。",
  whyCrashedBefore: "这个标签页在 Node.js 启动时意外终止（可能是内存不足），所以没有再次启动它。",
  whyOldNode:
    "这段程序用到 node:test，它需要 Node.js 22.8 或更高版本，而 WebContainer 里的 Node.js 是 {detail}。",
  useWorker: "改用内置运行环境",
  keepWorker: "始终使用内置运行环境",
  useNode: "改用 Node.js",
  tryNodeAgain: "再试一次 Node.js",
  undoReset: "撤销重置",
  shareReady: "链接已复制。打开链接的人会看到你的代码；只有当他们点击“运行”时才会执行。",
  shareReadyNotCopied: "链接已生成，但未能复制到剪贴板。它已在上方的输入框中选中，请手动复制。",
  sharedBanner: "你正在查看别人分享的代码，它与你自己的版本分开保存。只有当你点击“运行”时它才会执行。",
  draftKept: "这个示例有一份分享的版本，与你自己的版本分开保存。",
  draftDiffers: "有 {count} 行与原始代码不同，已在行号上标出。",
  draftDiffersOne: "有 1 行与原始代码不同，已在行号上标出。",
  draftOnlyRemoves: "它删去了原始代码中的一些行。",
  draftSameAsOriginal: "它与原始代码相同。",
  seeOriginal: "查看原始代码",
  backToOriginal: "恢复原始代码",
  backToYourEdit: "回到你的版本",
  showDraft: "查看分享的版本",
  keepDraft: "保留分享的版本",
  discardDraft: "丢弃",
  draftKeptAsYours: "分享的版本已成为你自己的版本，你之前的版本已被替换。",
  draftDiscarded: "分享的版本已丢弃。",
  draftReplaced: "这个链接里的代码替换了之前保存的分享版本。",
  undo: "撤销",
  changedInOtherTab:
    "你在另一个标签页里修改了这个示例，这里也随之显示新的版本。在代码中撤销（Ctrl+Z）可以找回这个标签页原来的版本。",
  draftChangedInOtherTab: "这个示例分享的版本在另一个标签页里被修改了，这里也随之显示。",
  storageRefused:
    "浏览器无法保存你的修改（存储空间已满或被禁用）。在你离开或刷新本页之前，它会一直留在这里；如需保留，请复制下来。",
  shareMalformed: "这个分享链接已损坏，因此没有打开其中的任何内容。请重新索取链接。",
  shareTooLong: "这个分享链接太长，无法安全打开，因此没有打开其中的任何内容。",
  shareTooLarge: "这个分享链接里的代码超出了示例能容纳的大小，因此没有打开其中的任何内容。",
  shareUnknownSample: "这个分享链接指向的示例不在本页。",
  checkPassed: "检查通过，做得好！",
  checkFailedCount: "还差一点：{total} 项检查中有 {failed} 项未满足。",
  findingMet: "已满足：",
  findingNotMet: "未满足：",
  verdictLinkPassed: "✓ 检查通过：查看结果",
  verdictLinkFailed: "✗ 还差一点：查看缺了什么",
  sentenceGap: "",
};

/** The table for every locale: a locale missing here is a compile error. */
export const runnerTables: Record<LocaleCode, Record<RunnerTextKey, string>> = { en, "zh-cn": zhCn };
