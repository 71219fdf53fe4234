/** The site's languages: URL prefix, `<html lang>` value and the name shown in the switcher. */
export const locales = [
  { code: "en", htmlLang: "en", label: "English" },
  { code: "zh-cn", htmlLang: "zh-CN", label: "简体中文" },
] as const;

/** A URL language prefix such as `en` or `zh-cn`. */
export type LocaleCode = (typeof locales)[number]["code"];

/** Every locale code, in switcher order. */
export const localeCodes: readonly LocaleCode[] = locales.map((locale) => locale.code);

/** The locale used for `/` and for anything not yet translated. */
export const defaultLocale: LocaleCode = "en";

/** Narrows a string (a URL segment, say) to a locale code. */
export function isLocaleCode(value: string | undefined): value is LocaleCode {
  return localeCodes.some((code) => code === value);
}

/** The locale a page's `lang` route parameter names, or the default one. */
export function localeOf(value: string | undefined): LocaleCode {
  return isLocaleCode(value) ? value : defaultLocale;
}

/** The `<html lang>` value for a locale. */
export function htmlLangOf(code: LocaleCode): string {
  return locales.find((locale) => locale.code === code)?.htmlLang ?? code;
}
