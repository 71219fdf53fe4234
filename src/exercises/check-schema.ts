import { z } from "astro/zod";
import { LocalizedTextSchema } from "../lib/example-schema.ts";

/** A range of numbers; either end may be left open. */
const RangeSchema = z
  .object({ min: z.number().nonnegative().optional(), max: z.number().nonnegative().optional() })
  .strict()
  .refine((range) => range.min !== undefined || range.max !== undefined, "Give min, max or both.");

/**
 * What an exercise checks about a run: its output, its timing and the shape of its timeline.
 * Checks look at behaviour, never at the text of the learner's code.
 */
export const ExerciseCheckSchema = z
  .object({
    /** The run must end without an uncaught error. */
    exitsCleanly: z.boolean().default(true),
    /** Whole seconds the run may take, from start to exit. */
    totalSeconds: RangeSchema.optional(),
    /** How many requests the run makes. */
    requestCount: RangeSchema.optional(),
    /** How many requests are in flight at the same moment, at the busiest point. */
    requestsAtOnce: RangeSchema.optional(),
    /** How many requests end cancelled (aborted, timed out). */
    cancelledRequests: RangeSchema.optional(),
    /** How many requests complete with a 2xx status. */
    succeededRequests: RangeSchema.optional(),
    /** Lines that must appear in stdout, in this order (other lines may come between). */
    outputIncludes: z.array(z.string().min(1)).default([]),
  })
  .strict();

/** A validated check. */
export type ExerciseCheck = z.output<typeof ExerciseCheckSchema>;

/** An exercise's `meta.json`. */
export const ExerciseMetaSchema = z
  .object({
    /** The chapter (2 to 6) whose page shows the exercise. */
    chapter: z.number().int().min(2).max(6),
    title: LocalizedTextSchema,
    /** What to do, shown above the editor. */
    task: LocalizedTextSchema,
    /** Hints, revealed one at a time. */
    hints: z.array(LocalizedTextSchema).min(1),
    check: ExerciseCheckSchema,
  })
  .strict();

/** A validated exercise `meta.json`. */
export type ExerciseMeta = z.output<typeof ExerciseMetaSchema>;
