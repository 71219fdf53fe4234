/** One rule's verdict, and the wording of ranges, shared by every kind of rule. */
import type { LocaleCode } from "../i18n/locales.ts";

/** One rule's verdict, with a sentence for the learner in each language. */
export interface Finding {
  rule: string;
  passed: boolean;
  message: Record<LocaleCode, string>;
}

/** A range from the check; either end may be open. */
export interface Range {
  min?: number | undefined;
  max?: number | undefined;
}

/** Whether `value` lies in `range`, both ends included. */
export function inRange(value: number, range: Range): boolean {
  return (range.min === undefined || value >= range.min) && (range.max === undefined || value <= range.max);
}

/** "needs 5", "needs 1 to 3", "至少 5"… */
export function describeRange(range: Range, lang: LocaleCode): string {
  const { min, max } = range;
  if (lang === "zh-cn") {
    if (min !== undefined && max !== undefined)
      return min === max ? `应为 ${min}` : `应在 ${min} 到 ${max} 之间`;
    return min !== undefined ? `至少 ${min}` : `最多 ${String(max)}`;
  }
  if (min !== undefined && max !== undefined) return min === max ? `needs ${min}` : `needs ${min} to ${max}`;
  return min !== undefined ? `needs at least ${min}` : `needs at most ${String(max)}`;
}
