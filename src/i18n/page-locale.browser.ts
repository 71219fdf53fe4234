/**
 * The language of the page a script runs on, read from `<html lang>` (which the layout writes
 * from the route) through the locale list. Every browser script asks here instead of guessing.
 */
import { defaultLocale, localeOfLanguageTag, type LocaleCode } from "./locales.ts";

/** The page's locale, or the default one when `<html lang>` names none of the site's languages. */
export function pageLocale(): LocaleCode {
  return localeOfLanguageTag(document.documentElement.lang) ?? defaultLocale;
}
