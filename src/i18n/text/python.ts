/**
 * Text for Python in the page: its Run button, the download and boot, what runs, and why it may
 * not. Used by the Python bar (PythonRunBar.astro) at build time and its script in the browser.
 */
import type { LocaleCode } from "../locales.ts";

/** English, which fixes the keys: every other locale's table has the same ones. */
const en = {
  runPython: "Run Python",
  runPythonLabel: "Run this Python in the page (Ctrl+Enter in the Python code)",
  stopPython: "Stop",
  pythonEditorLabel: "Python code, editable: press Enter to edit, Escape to leave, Ctrl+Enter to run",
  pythonEditableCue: "editable",
  resetPython: "Reset",
  resetPythonLabel: "Put back the sample's original Python (Ctrl+Z in the code brings your edit back)",
  pythonEdited: "edited",
  pythonResetDone: "The original Python is back; Ctrl+Z in the code brings your edit back.",
  exerciseLanguages: "Answer in",
  pythonEditorName: "Python editor",
  resetExercisePythonLabel:
    "Put back the exercise's starting Python (Ctrl+Z in the code brings your edit back)",
  versionsInPage: "Runs in the page: CPython {python} in Pyodide {pyodide}, with aiohttp {aiohttp}.",
  differsLink: "How it differs",
  preparing: "Preparing Python: {loaded} of {total} MB",
  starting: "Starting Python…",
  running: "Running Python…",
  unavailableNotBuilt: "Python cannot run in this page: {reason}",
  unavailableNoJspi:
    "Python does not run in this browser: it lacks WebAssembly JavaScript Promise Integration (JSPI), which Chromium and Firefox have. Run it on your own machine instead.",
  unavailableDownload: "Python could not be downloaded ({reason}). Check the connection and try again.",
  unavailableBootFailed:
    "Python could not start ({reason}). Press Run Python to try again, or run it on your own machine.",
  unavailableStopped:
    "Python stopped answering while it started, perhaps because this device ran out of memory. Press Run Python to try again, or run it on your own machine.",
  notInPage: "This Python does not run in the page: {reason}",
};

/** Simplified Chinese. */
const zhCn: Record<keyof typeof en, string> = {
  runPython: "运行 Python",
  runPythonLabel: "在页面中运行这段 Python（在 Python 代码中按 Ctrl+Enter）",
  stopPython: "停止",
  pythonEditorLabel: "Python 代码，可编辑：按 Enter 进入编辑，Esc 离开，Ctrl+Enter 运行",
  pythonEditableCue: "可编辑",
  resetPython: "重置",
  resetPythonLabel: "恢复示例原来的 Python（在代码中按 Ctrl+Z 可找回你的修改）",
  pythonEdited: "已修改",
  pythonResetDone: "已恢复原来的 Python；在代码中按 Ctrl+Z 可找回你的修改。",
  exerciseLanguages: "答题语言",
  pythonEditorName: "Python 编辑器",
  resetExercisePythonLabel: "恢复练习起始的 Python（在代码中按 Ctrl+Z 可找回你的修改）",
  versionsInPage: "在页面中运行：Pyodide {pyodide} 中的 CPython {python}，搭配 aiohttp {aiohttp}。",
  differsLink: "有何不同",
  preparing: "正在准备 Python：{loaded} / {total} MB",
  starting: "正在启动 Python…",
  running: "正在运行 Python…",
  unavailableNotBuilt: "本页面无法运行 Python：{reason}",
  unavailableNoJspi:
    "这个浏览器无法运行 Python：它缺少 WebAssembly JavaScript Promise Integration（JSPI），Chromium 和 Firefox 都有。请改在自己的电脑上运行。",
  unavailableDownload: "无法下载 Python（{reason}）。请检查网络后重试。",
  unavailableBootFailed: "Python 无法启动（{reason}）。请再次点击“运行 Python”重试，或在自己的电脑上运行。",
  unavailableStopped:
    "Python 在启动过程中停止了响应，可能是这台设备的内存不足。请再次点击“运行 Python”重试，或在自己的电脑上运行。",
  notInPage: "这段 Python 无法在页面中运行：{reason}",
};

/** The key of a Python text. */
export type PythonTextKey = keyof typeof en;

/** The table for every locale: a locale missing here is a compile error. */
export const pythonTables: Record<LocaleCode, Record<PythonTextKey, string>> = { en, "zh-cn": zhCn };
