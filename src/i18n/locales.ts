/**
 * The site's languages, and the only place that turns a string (a route parameter, `<html lang>`,
 * a browser language) into one. Every text table is keyed by `LocaleCode`, so adding a locale to
 * this list makes the compiler name each table that still lacks it.
 */

/**
 * The site's languages: URL prefix, `<html lang>` value, the name shown in the switcher, and
 * whether it ships every chapter (`"all"`, which the parity test holds it to) or some, the rest
 * falling back to English with a notice.
 */
export const locales = [
  { code: "en", htmlLang: "en", label: "English", chapters: "all" },
  { code: "zh-cn", htmlLang: "zh-CN", label: "简体中文", chapters: "all" },
] as const satisfies readonly { code: string; htmlLang: string; label: string; chapters: ChapterCoverage }[];

/** A URL language prefix such as `en` or `zh-cn`. */
export type LocaleCode = (typeof locales)[number]["code"];

/** Every locale code, in switcher order. */
export const localeCodes: readonly LocaleCode[] = locales.map((locale) => locale.code);

/** The locale used for `/` and for a language tag no locale matches. */
export const defaultLocale: LocaleCode = "en";

/** Narrows a string (a URL segment, say) to a locale code. */
export function isLocaleCode(value: string | undefined): value is LocaleCode {
  return localeCodes.some((code) => code === value);
}

/**
 * The locale a page's `lang` route parameter names. Pages and components only run under
 * `/[lang]/`, so anything else is a routing bug, reported rather than shown in the default language.
 *
 * @example localeOf(Astro.params["lang"]) // "zh-cn" on /zh-cn/using-asyncio/
 */
export function localeOf(value: string | undefined): LocaleCode {
  if (isLocaleCode(value)) return value;
  throw new TypeError(
    `Expected the route's \`lang\` parameter to be one of ${localeCodes.join(", ")}, got ${JSON.stringify(value)}. ` +
      "Render this component only on pages under src/pages/[lang]/.",
  );
}

/** How much of the content a locale ships: every chapter, or some with English for the rest. */
export type ChapterCoverage = "all" | "some";

/** Whether a locale ships every chapter (the parity test holds it to that) or some of them. */
export function chapterCoverageOf(code: LocaleCode): ChapterCoverage {
  return locales.find((locale) => locale.code === code)?.chapters ?? "some";
}

/** The `<html lang>` value for a locale. */
export function htmlLangOf(code: LocaleCode): string {
  return locales.find((locale) => locale.code === code)?.htmlLang ?? code;
}

const primary = (tag: string) => tag.toLowerCase().split("-")[0];

/**
 * The locale of a BCP 47 language tag (`<html lang>`, `navigator.languages`): the locale whose
 * `htmlLang` is the tag, else the first whose language (the part before `-`) matches, so `zh-TW`
 * reads Chinese and `en-GB` English; else `undefined`.
 *
 * @example localeOfLanguageTag("zh-CN") // "zh-cn"
 */
export function localeOfLanguageTag(tag: string): LocaleCode | undefined {
  const lower = tag.toLowerCase();
  const exact = locales.find((locale) => locale.htmlLang.toLowerCase() === lower);
  return (exact ?? locales.find((locale) => primary(locale.htmlLang) === primary(lower)))?.code;
}
