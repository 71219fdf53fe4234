/** The limits a run in this browser gets: the watchdog and the output cap. */
import { browserStorage } from "../../learner/browser-storage.ts";
import { storageKeys } from "../../learner/storage-keys.ts";
import { clampTimeLimit, runBounds, type TimeLimit } from "../../runner/run-limits.ts";

/** The limits for one run, and the learner's setting when it had to be held below a timer's reach. */
export interface PageRunLimits {
  timeLimitMs: number;
  maxLines: number;
  /** The setting as saved, when it was too long for a timer and was clamped. */
  clampedSettingMs: number | undefined;
}

/**
 * The watchdog limit: 30 s, or a learner's own setting (`async-tour:v1:time-limit-ms` in
 * localStorage) for a slow machine or a test that should not wait half a minute. Settings under
 * 500 ms (or not numbers) are ignored, so a typo cannot stop every run at once; settings of 2^31 ms
 * or more, which a timer takes for zero, are held just below that (run-limits.ts).
 */
export function runLimits(): PageRunLimits {
  let saved = Number.NaN;
  try {
    saved = Number(browserStorage().getItem(storageKeys.timeLimitMs) ?? Number.NaN);
  } catch {
    // No storage: the default stands.
  }
  const limit: TimeLimit = clampTimeLimit(saved);
  return {
    timeLimitMs: limit.ms,
    maxLines: runBounds.maxLines,
    clampedSettingMs: limit.adjusted === "clamped" ? saved : undefined,
  };
}
