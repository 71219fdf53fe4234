/**
 * Words the small page scripts write into the chapter pages: the sidebar's progress badges, the
 * solved marks on exercises, and the "#" links' copied tip.
 */
import type { LocaleCode } from "../locales.ts";

/** What the page scripts say; counts are worded by functions, since word order differs. */
export interface PageScriptText {
  /** A chapter's badge tip: `done` of `total` samples run. */
  samplesRun: (done: number, total: number) => string;
  /** A chapter's badge tip: `done` of `total` exercises passed. */
  exercisesPassed: (done: number, total: number) => string;
  /** The tip of a "#" link once its address is on the clipboard. */
  linkCopied: string;
  /** The mark on an exercise whose check passed in this browser, in its heading and the sidebar. */
  solved: string;
  /** Said once the learner confirmed clearing their progress. */
  progressCleared: string;
}

/** The table for every locale: a locale missing here is a compile error. */
export const pageScriptTables: Record<LocaleCode, PageScriptText> = {
  en: {
    samplesRun: (done, total) => `${done} of ${total} samples run`,
    exercisesPassed: (done, total) => `${done} of ${total} exercises passed`,
    linkCopied: "Link copied",
    solved: "Solved",
    progressCleared: "Your progress is cleared.",
  },
  "zh-cn": {
    samplesRun: (done, total) => `已运行 ${done}/${total} 个示例`,
    exercisesPassed: (done, total) => `已通过 ${done}/${total} 道练习`,
    linkCopied: "链接已复制",
    solved: "已完成",
    progressCleared: "学习进度已清除。",
  },
};
