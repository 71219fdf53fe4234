/**
 * Text that content gives once per site language. Samples and exercises both carry it in their
 * `meta.json`, so its schema lives apart from either.
 */
import { z } from "astro/zod";

/** Text given once per site language. */
export const LocalizedTextSchema = z.object({
  /** The English text. */
  en: z.string().min(1),
  /** The Simplified Chinese text. */
  "zh-cn": z.string().min(1),
});

/** Text in every site language. */
export type LocalizedText = z.output<typeof LocalizedTextSchema>;
