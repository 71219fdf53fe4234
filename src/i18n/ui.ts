import type { LocaleCode } from "./locales.ts";

/** Every piece of interface text, in English. The Chinese table must have the same keys. */
const en = {
  siteTitle: "Async, explained",
  siteTagline: "Python's asyncio and aiohttp, side by side with TypeScript you can run.",
  skipToContent: "Skip to content",
  chapters: "Chapters",
  wideTable: "Table (scrolls sideways on narrow screens)",
  language: "Language",
  themeToggle: "Switch between light and dark theme",
  previous: "Previous",
  next: "Next",
  startReading: "Start with chapter 1",
  python: "Python",
  typescript: "TypeScript",
  expectedOutput: "Expected output",
  whyPythonDiffers: "Why Python prints something else",
  linkToSample: "Link to this sample",
  linkToSection: "Link to this section",
  shortcuts: "Keyboard shortcuts",
  shortcutRun: "Run the sample you are editing",
  shortcutLeaveEditor: "Leave the editor, so Tab moves on through the page",
  shortcutUndo: "Undo an edit",
  shortcutTab: "Indent, while in the editor",
  close: "Close",
  run: "Run",
  stop: "Stop",
  reset: "Reset",
  copy: "Copy",
  share: "Share my code",
  output: "Output",
  editorLabel: "TypeScript editor",
  clearProgress: "Clear my progress",
  exercise: "Exercise",
  practice: "Practice",
  practiceDescription:
    "Exercises with automatic checks, one or more for each chapter from chapter 2 on. Your code is judged by what it does: its output and its timeline.",
  chapterN: "Chapter {n}",
  hint: "Hint {n}",
  showSolution: "Show the solution",
  search: "Search",
  searchDescription: "Search every chapter of the tutorial.",
  searchLabel: "Search the chapters",
  searching: "Searching…",
  searchFound: "{count} results",
  searchUnavailable:
    "Search is not available here. It works on the built site (npm run build, then npm run preview).",
} as const;

/** The keys of the interface text table. */
export type UiKey = keyof typeof en;

const zhCn: Record<UiKey, string> = {
  siteTitle: "异步编程详解",
  siteTagline: "Python 的 asyncio 与 aiohttp，旁边配有可以直接运行的 TypeScript 对照示例。",
  skipToContent: "跳到正文",
  chapters: "章节",
  wideTable: "表格（窄屏上可左右滚动）",
  language: "语言",
  themeToggle: "切换浅色与深色主题",
  previous: "上一章",
  next: "下一章",
  startReading: "从第 1 章开始",
  python: "Python",
  typescript: "TypeScript",
  expectedOutput: "预期输出",
  whyPythonDiffers: "为什么 Python 的输出不同",
  linkToSample: "本示例的链接",
  linkToSection: "本节链接",
  shortcuts: "键盘快捷键",
  shortcutRun: "运行正在编辑的示例",
  shortcutLeaveEditor: "离开编辑器，之后按 Tab 即可在页面中继续移动",
  shortcutUndo: "撤销编辑",
  shortcutTab: "在编辑器中缩进",
  close: "关闭",
  run: "运行",
  stop: "停止",
  reset: "重置",
  copy: "复制",
  share: "分享我的代码",
  output: "输出",
  editorLabel: "TypeScript 编辑器",
  clearProgress: "清除我的学习进度",
  exercise: "练习",
  practice: "练习题",
  practiceDescription: "带自动检查的练习，从第 2 章起每章至少一道。检查看的是代码的行为：它的输出和时间线。",
  chapterN: "第 {n} 章",
  hint: "提示 {n}",
  showSolution: "查看答案",
  search: "搜索",
  searchDescription: "在教程的所有章节中搜索。",
  searchLabel: "搜索章节内容",
  searching: "正在搜索…",
  searchFound: "找到 {count} 条结果",
  searchUnavailable: "此处无法使用搜索。请在构建后的站点上使用（先 npm run build，再 npm run preview）。",
};

const tables: Record<LocaleCode, Record<UiKey, string>> = { en, "zh-cn": zhCn };

/** Returns a translator for one language: `t("chapters")`. */
export function useTranslations(lang: LocaleCode): (key: UiKey) => string {
  return (key) => tables[lang][key];
}
