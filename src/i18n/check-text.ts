/**
 * The runner self-check page's text. The page is one URL for every language, so it picks the
 * locale from `?lang=` or else the browser's languages, through the locale list.
 */
import { defaultLocale, isLocaleCode, localeOfLanguageTag, type LocaleCode } from "./locales.ts";
import { checkPageTables, type CheckTextKey } from "./text/check-page.ts";
import { translator, type Translate } from "./translate.ts";

export type { CheckTextKey } from "./text/check-page.ts";

/** The check page's locale: `?lang=` if it names one, else the browser's first language, else the default. */
export function checkLanguage(search: string, browserLanguages: readonly string[]): LocaleCode {
  const asked = new URLSearchParams(search).get("lang")?.toLowerCase();
  if (isLocaleCode(asked)) return asked;
  const first = browserLanguages[0];
  return (first === undefined ? undefined : localeOfLanguageTag(first)) ?? defaultLocale;
}

/** Returns the check page's text in a locale, with `{name}` placeholders filled in. */
export function checkText(lang: LocaleCode): Translate<CheckTextKey> {
  return translator(checkPageTables, lang);
}
