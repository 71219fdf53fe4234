/** The pages' interface text for one locale; the words themselves live in text/ui.ts. */
import type { LocaleCode } from "./locales.ts";
import { uiTables, type UiKey } from "./text/ui.ts";
import { translator, type Translate } from "./translate.ts";

export type { UiKey } from "./text/ui.ts";

/**
 * Returns a translator for one language.
 *
 * @example useTranslations("en")("hint", { n: 2 }) // "Hint 2"
 */
export function useTranslations(lang: LocaleCode): Translate<UiKey> {
  return translator(uiTables, lang);
}
