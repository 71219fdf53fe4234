/**
 * What an exercise is: the shape of its `meta.json` and of the whole folder as the loader returns
 * it. `src/content.config.ts` uses these schemas as they are, so the collection and the folder
 * reader can never disagree. The check itself is in check-schema.ts.
 */
import { z } from "astro/zod";
import { LocalizedTextSchema } from "../lib/localized-text.ts";
import { ExerciseCheckSchema } from "./check-schema.ts";

/** The language of an exercise's code files: TypeScript (`.ts`) or Python (`.py`). */
export type ExerciseLanguage = "ts" | "py";

/**
 * The Python version of an exercise, in `meta.json`'s `python`: its own task and hints (the
 * TypeScript ones name TypeScript's APIs), and the check fields that differ for Python, laid over
 * the shared check. The code is in start.py, solution.py and probe.py beside the TypeScript.
 */
export const PythonExerciseMetaSchema = z
  .object({
    task: LocalizedTextSchema,
    hints: z.array(LocalizedTextSchema).min(1),
    /** Only the fields given here replace the shared check's (the loader merges them). */
    check: ExerciseCheckSchema.partial().optional(),
  })
  .strict();

/** An exercise's `meta.json`. */
export const ExerciseMetaSchema = z
  .object({
    /** The chapter (2 to 15) whose page shows the exercise. */
    chapter: z.number().int().min(2).max(15),
    /** The exercise's heading, in each language. */
    title: LocalizedTextSchema,
    /** What to do, shown above the editor; it states every bound the check enforces. */
    task: LocalizedTextSchema,
    /** Hints, revealed one at a time. */
    hints: z.array(LocalizedTextSchema).min(1),
    /** What the check looks at in a run (the probe comes from `probe.ts`, not from here). */
    check: ExerciseCheckSchema,
    /** The exercise in Python too, where that makes sense. */
    python: PythonExerciseMetaSchema.optional(),
  })
  .strict();

/** A validated exercise `meta.json`. */
export type ExerciseMeta = z.output<typeof ExerciseMetaSchema>;

/** Everything about one exercise, as read from its folder: the `exercises` collection's entries. */
export const ExerciseFilesSchema = z.object({
  /** The folder's name. */
  id: z.string(),
  /** The validated `meta.json`, with `probe.ts` (when there is one) as `check.probe`. */
  meta: ExerciseMetaSchema,
  /** `start.ts`: the code the learner starts from; its check must fail. */
  start: z.string(),
  /** `solution.ts`: one correct answer; its check must pass. */
  solution: z.string(),
  /** The Python version, when the folder has one: start.py, solution.py and the merged check. */
  python: z
    .object({
      start: z.string(),
      solution: z.string(),
      /** The shared check with `meta.python.check` laid over it, and probe.py as its probe. */
      check: ExerciseCheckSchema,
    })
    .optional(),
});

/** One exercise, as read from its folder. */
export type ExerciseFiles = z.output<typeof ExerciseFilesSchema>;
