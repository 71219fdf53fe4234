/**
 * Numbers shown to learners, in the page's language rather than the browser's: `toLocaleString()`
 * with no argument follows the browser, so a Chinese page in an English browser (or an English page
 * in a German one) mixed conventions. Every shown count and duration goes through here.
 */
import { htmlLangOf, type LocaleCode } from "./locales.ts";

const formats = new Map<string, Intl.NumberFormat>();

function formatIn(lang: LocaleCode, digits: number): Intl.NumberFormat {
  const key = `${lang}:${digits}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(htmlLangOf(lang), {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formats.set(key, format);
  }
  return format;
}

/**
 * A count (lines, rows) with the locale's digit grouping.
 *
 * @example formatCount(12500, "en") // "12,500"
 */
export function formatCount(value: number, lang: LocaleCode): string {
  return formatIn(lang, 0).format(value);
}

/**
 * A duration given in milliseconds, as seconds with `digits` decimals in the locale's notation
 * (the unit is the caller's: the text tables place it).
 *
 * @example formatSeconds(1234, 2, "en") // "1.23"
 */
export function formatSeconds(ms: number, digits: number, lang: LocaleCode): string {
  return formatIn(lang, digits).format(ms / 1000);
}
