import { z } from "astro/zod";

/** Text given once per site language. */
export const LocalizedTextSchema = z.object({
  en: z.string().min(1),
  "zh-cn": z.string().min(1),
});

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
