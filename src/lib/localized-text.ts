/**
 * Text that content gives once per site language. Samples and exercises both carry it in their
 * `meta.json`, so its schema lives apart from either.
 */
import { z } from "astro/zod";
import { localeCodes } from "../i18n/locales.ts";

/**
 * Text given once per site language: exactly the locales of the locale list, so a new locale
 * makes every sample and exercise that lacks its text fail validation, naming the file.
 */
export const LocalizedTextSchema = z.record(z.enum(localeCodes), z.string().min(1));

/** Text in every site language. */
export type LocalizedText = z.output<typeof LocalizedTextSchema>;
