import { z } from "astro/zod";
import { localeCodes } from "../i18n/locales.ts";

/**
 * Text given once per site language: exactly the locales of the locale list, so a new locale
 * makes every sample and exercise that lacks its text fail validation, naming the file.
 */
export const LocalizedTextSchema = z.record(z.enum(localeCodes), z.string().min(1));

/** A sample's `meta.json`. */
export const ExampleMetaSchema = z
  .object({
    /** The chapter (1 to 11) whose page shows this sample. */
    chapter: z.number().int().min(1).max(11),
    /** The sample's heading, in each language. */
    title: LocalizedTextSchema,
    /**
     * Why Python prints something other than TypeScript. Required exactly when the sample has an
     * `expected.python.txt`; shown under the sample.
     */
    pythonDiffers: LocalizedTextSchema.optional(),
  })
  .strict();

/** A validated `meta.json`. */
export type ExampleMeta = z.output<typeof ExampleMetaSchema>;

/** A sample id: lower-case words joined by hyphens, because it becomes a URL anchor. */
export const ExampleIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Sample ids are lower-case words joined by hyphens.");

/** Everything about one sample, as read from its folder. */
export interface ExampleFiles {
  id: string;
  meta: ExampleMeta;
  python: string;
  typescript: string;
  expected: string;
  /** Present only when Python's output differs from TypeScript's on purpose. */
  expectedPython: string | undefined;
}
