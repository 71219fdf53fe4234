/**
 * Text that content gives per site language. Samples and exercises both carry it in their
 * `meta.json`, so its schema lives apart from either. A locale that ships every chapter must word
 * it too; a locale that ships some may leave it out, and its pages show the English.
 */
import { z } from "astro/zod";
import { chapterCoverageOf, defaultLocale, localeCodes, type LocaleCode } from "../i18n/locales.ts";

/**
 * Text per site language: English and every locale whose entry in the locale list says
 * `chapters: "all"` are required (a new such locale makes every sample and exercise that lacks its
 * text fail validation, naming the file); other locales are optional and fall back to English.
 */
export const LocalizedTextSchema = z
  .partialRecord(z.enum(localeCodes), z.string().min(1))
  .superRefine((text, context) => {
    for (const code of localeCodes) {
      if (text[code] !== undefined || (code !== defaultLocale && chapterCoverageOf(code) === "some"))
        continue;
      context.addIssue({
        code: "custom",
        path: [code],
        message: `Add the ${code} text: ${code} ships every chapter (src/i18n/locales.ts), so its words are required here.`,
      });
    }
  });

/** Text in some of the site's languages, always in English. */
export type LocalizedText = z.output<typeof LocalizedTextSchema>;

/**
 * The text in one language, or in English where that language has none yet.
 *
 * @example textIn({ en: "Two tasks" }, "zh-cn") // "Two tasks"
 */
export function textIn(text: LocalizedText, lang: LocaleCode): string {
  const words = text[lang] ?? text[defaultLocale];
  if (words === undefined) {
    throw new TypeError(`Expected text with an ${defaultLocale} entry, got ${JSON.stringify(text)}.`);
  }
  return words;
}
