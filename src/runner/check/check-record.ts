/**
 * The record a runner check leaves behind: which browser, how the runtime booted, every verdict of
 * the runner contract and of the samples, and, for the WebContainer, the raw output chunks of every
 * process exactly as the container delivered them. `/runner-check/` builds it in the browser,
 * `npm run check:webcontainer` saves it, and the replay container (tests/fakes/) plays it back, so
 * what a real container once did becomes a test on machines that cannot boot one.
 *
 * The page imports only the types (zod stays out of the browser bundle); Node code validates.
 */
import { z } from "astro/zod";
import { runtimeKinds } from "../runtimes.ts";

/** One process as the container ran it, seen from outside: what was spawned and what came out. */
export const RecordedProcessSchema = z.object({
  /** Spawn order within the whole check, from 0: replay uses it to keep the order. */
  sequence: z.number().int().nonnegative(),
  /**
   * Which container ran it, in boot order from 0: the host boots a new one after a Stop that a
   * busy loop ignored, so a check may use several.
   */
  container: z.number().int().nonnegative(),
  command: z.string(),
  args: z.array(z.string()),
  /** The environment variables given to `spawn` (the run's frame key, for one). */
  env: z.record(z.string(), z.string()),
  /** The contents of the mounted file the process ran, when it ran one (a learner program). */
  program: z.string().optional(),
  /** Every chunk of `process.output`, unmodified: pty line ends, ANSI codes, split anywhere. */
  chunks: z.array(z.string()),
  /** Characters not kept, past the recorder's cap (a flood of output); 0 when complete. */
  droppedChars: z.number().int().nonnegative(),
  /** How many of `chunks` had arrived when `exit` resolved; the rest came after it. */
  chunksBeforeExit: z.number().int().nonnegative(),
  /** The exit code, or null when `exit` had not resolved when the record was written. */
  exitCode: z.number().int().nullable(),
  /** Whether the host called `kill()` before the process had exited. */
  killed: z.boolean(),
  /** Whether its container was torn down while it ran: an exit after that is the teardown's. */
  tornDown: z.boolean(),
  /** Whether `output` closed; the real one is reported never to close. */
  outputClosed: z.boolean(),
});

/** How a run ended, as the host reported it (the `exit` event). */
export const RecordedExitSchema = z.object({
  code: z.number().int(),
  reason: z.enum(["finished", "error", "stopped", "timeout"]),
  durationMs: z.number(),
});

/** The verdict on one contract case or one sample. */
export const CheckVerdictSchema = z.object({
  name: z.string(),
  passed: z.boolean(),
  /** What went wrong, in the contract's or the output comparison's words; empty when passed. */
  problems: z.array(z.string()),
  exit: RecordedExitSchema,
  /** The output lines the host reported. */
  lines: z.array(z.string()),
  /** The raw output chunks of the run's own process (empty in the built-in runtime). */
  chunks: z.array(z.string()),
  /** The rest of what is known of the run's own process (absent in the built-in runtime). */
  process: RecordedProcessSchema.omit({ chunks: true }).optional(),
});

/** A whole check. */
export const CheckRecordSchema = z.object({
  /** Says what produced the record: a browser, or a recording of the fake container. */
  source: z.string(),
  runtime: z.enum(runtimeKinds),
  url: z.string(),
  userAgent: z.string(),
  startedAt: z.string(),
  /** From the start of the boot to a host ready to run (practice server up). */
  bootMs: z.number(),
  /** `node --version` inside the container; null in the built-in runtime or when the boot failed. */
  nodeVersion: z.string().nullable(),
  /** Why the runtime did not start, in one line; null when it started (then cases follow). */
  bootError: z.string().nullable(),
  /** The container's own `error` events, in order. */
  errors: z.array(z.string()),
  /**
   * SHA-256 (hex) of the preload the container ran (public/runner/preload.mjs), when known: the
   * output in the record is that preload's, so a replay under a changed preload says so.
   */
  preloadSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  cases: z.array(CheckVerdictSchema),
  samples: z.array(CheckVerdictSchema),
  /** Ports the container announced with `server-ready`, in order (the practice server's). */
  serverReadyPorts: z.array(z.number().int()),
  /** Processes that belong to no verdict: the practice server, flag probes, an interrupted run. */
  otherProcesses: z.array(RecordedProcessSchema),
});

/** One recorded process. */
export type RecordedProcess = z.output<typeof RecordedProcessSchema>;
/** One verdict. */
export type CheckVerdict = z.output<typeof CheckVerdictSchema>;
/** A whole check record. */
export type CheckRecord = z.output<typeof CheckRecordSchema>;

/** Reads a record from JSON text, with a message that names the first bad field. */
export function parseCheckRecord(json: string): CheckRecord {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new TypeError("The runner check record is not valid JSON.", { cause: error });
  }
  const parsed = CheckRecordSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TypeError(
      `The runner check record is invalid at ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "?"}`,
    );
  }
  return parsed.data;
}

/** Every verdict that failed, contract cases first. */
export function failedVerdicts(record: CheckRecord): CheckVerdict[] {
  return [...record.cases, ...record.samples].filter((verdict) => !verdict.passed);
}
