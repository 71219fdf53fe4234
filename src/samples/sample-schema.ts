/**
 * What a sample is: the shape of its `meta.json` and of the whole folder as the loader returns it.
 * `src/content.config.ts` uses these schemas as they are, so the collection and the folder reader
 * can never disagree.
 */
import { z } from "astro/zod";
import { LocalizedTextSchema } from "../lib/localized-text.ts";

/** A sample's `meta.json`. */
export const SampleMetaSchema = z
  .object({
    /** The chapter (1 to 15) whose page shows this sample. */
    chapter: z.number().int().min(1).max(15),
    /** The sample's heading, in each language. */
    title: LocalizedTextSchema,
    /**
     * Why Python prints something other than TypeScript. Required exactly when the sample has an
     * `expected.python.txt`; shown under the sample.
     */
    pythonDiffers: LocalizedTextSchema.optional(),
    /**
     * The TypeScript imports a module only Node.js has (src/runner/node-only-modules.ts): the page
     * says so beside the sample, and the built-in runtime answers a Run with a notice. Required
     * exactly when main.ts imports such a module.
     */
    nodeOnly: z.literal(true).optional(),
    /**
     * Why this sample's Python cannot run in the page (Pyodide has no processes, threads or
     * signals): shown beside its Run Python, and named by the test that runs every sample there.
     */
    notInPagePython: LocalizedTextSchema.optional(),
  })
  .strict();

/** A validated `meta.json`. */
export type SampleMeta = z.output<typeof SampleMetaSchema>;

/** A sample id: lower-case words joined by hyphens, because it becomes a URL anchor. */
export const SampleIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Sample ids are lower-case words joined by hyphens.");

/** Everything about one sample, as read from its folder: the `examples` collection's entries. */
export const SampleFilesSchema = z.object({
  /** The folder's name, which is also the URL anchor of the sample. */
  id: SampleIdSchema,
  /** The validated `meta.json`. */
  meta: SampleMetaSchema,
  /** `main.py`: the Python sample. */
  python: z.string(),
  /** `main.ts`: the TypeScript twin, which learners edit and run. */
  typescript: z.string(),
  /** `expected.txt`: what both programs print (`≈1.0` for a timed number). */
  expected: z.string(),
  /** `expected.python.txt`: present only when Python's output differs from TypeScript's on purpose. */
  expectedPython: z.string().optional(),
});

/** One sample, as read from its folder. */
export type SampleFiles = z.output<typeof SampleFilesSchema>;
