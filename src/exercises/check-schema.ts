/**
 * The shape of an exercise's check: the `check` of its `meta.json` (see exercise-schema.ts). A
 * check names facts about a run that a program cannot print its way to: the runtime's own records of requests and timers, when each line
 * was printed relative to them, and lines that echo words the check picks at random for each run.
 * See README.md beside this file for how the pieces fit.
 */
import { z } from "astro/zod";

/** A range of numbers; either end may be left open. */
const RangeSchema = z
  .object({
    /** The smallest value allowed; no lower bound when left out. */
    min: z.number().nonnegative().optional(),
    /** The largest value allowed; no upper bound when left out. */
    max: z.number().nonnegative().optional(),
  })
  .strict()
  .refine((range) => range.min !== undefined || range.max !== undefined, "Give min, max or both.");

/** A regular expression, checked when the meta is read. */
const PatternSchema = z.string().refine((source) => {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}, "Give a valid regular expression.");

/** Which timeline rows a rule is about: a kind, and a pattern their label must match. */
const SpanSelectorSchema = z
  .object({
    /** Requests (`fetch`), timers (`setTimeout`) or tasks (named with `performance.measure`). */
    kind: z.enum(["request", "timer", "task"]),
    /** Matched against the row's label, such as `GET /delay/1000?id=3` or `timer 500 ms`. */
    label: PatternSchema.default(""),
  })
  .strict();

/** A rule on the rows one selector picks. */
const SpanRuleSchema = SpanSelectorSchema.extend({
  /** How many rows match. */
  count: RangeSchema.optional(),
  /** How every matching row must end. */
  outcome: z.enum(["ok", "error", "cancelled"]).optional(),
  /** How long, in ms, every matching row may last. */
  durationMs: RangeSchema.optional(),
  /**
   * How many matching rows run alongside another matching row for part of their time: all of them
   * when work goes in waves of two, only two when the first pair runs together and the rest in turn.
   */
  alongside: RangeSchema.optional(),
}).strict();

/** A line that may only be printed once every row a selector picks has ended. */
const PrintedAfterSchema = z
  .object({
    /** The line; `{{0}}`, `{{1}}`… stand for the check's words of this run. */
    line: z.string().min(1),
    /** The rows that must all have ended before the line is printed. */
    after: SpanSelectorSchema,
    /**
     * At most this many ms after the last of those rows ended: the line follows them, rather than
     * a wait of the program's own that merely lasts long enough.
     */
    withinMs: z.number().positive().optional(),
  })
  .strict();

/**
 * What an exercise checks about a run. Checks look at behaviour, never at the text of the
 * learner's code.
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
    /** Rules on the requests, timers and tasks that some pattern picks. */
    spans: z.array(SpanRuleSchema).default([]),
    /** Lines printed only after the rows they wait for have ended (every time they are printed). */
    printedAfter: z.array(PrintedAfterSchema).default([]),
    /**
     * Lines that must appear in stdout, in this order (other lines may come between);
     * `{{0}}`, `{{1}}`… stand for the check's words of this run.
     */
    outputIncludes: z.array(z.string().min(1)).default([]),
    /** How many random words the check picks for each run (the probe's `kit.words`). */
    words: z.number().int().min(0).max(8).default(0),
    /** The learner's top-level functions (or classes, or values) the probe is handed. */
    calls: z.array(z.string().regex(/^[A-Za-z_$][\w$]*$/, "Give a JavaScript name.")).default([]),
    /**
     * Lines the probe must report, in this order (others may come between); `{{0}}`, `{{1}}`… stand
     * for the check's words of this run. Reports travel on the host's own channel, not the output.
     */
    reports: z.array(z.string().min(1)).default([]),
    /**
     * A module the check runs once the learner's program has run, its default export called with
     * the functions named in `calls` and a kit captured before the program ran (probe-kit.ts).
     * Read from the exercise's `probe.ts`, not meta.json.
     */
    probe: z.string().optional(),
  })
  .strict();

/** A validated check. */
export type ExerciseCheck = z.output<typeof ExerciseCheckSchema>;

/** A validated span selector. */
export type SpanSelector = z.output<typeof SpanSelectorSchema>;
