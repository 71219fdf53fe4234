/** The limits a run in this browser gets: the watchdog and the output cap. */
import { browserStorage } from "../../learner/browser-storage.ts";
import { storageKeys } from "../../learner/storage-keys.ts";
import { defaultRunLimits } from "../../runner/types.ts";

/**
 * The watchdog limit: 30 s, or a learner's own setting (`async-tour:v1:time-limit-ms` in
 * localStorage) for a slow machine or a test that should not wait half a minute. Settings under
 * 500 ms are ignored, so a typo cannot stop every run at once.
 */
export function runLimits(): { timeLimitMs: number; maxLines: number } {
  let saved = Number.NaN;
  try {
    saved = Number(browserStorage().getItem(storageKeys.timeLimitMs) ?? Number.NaN);
  } catch {
    // No storage: the default stands.
  }
  const timeLimitMs = Number.isFinite(saved) && saved >= 500 ? saved : defaultRunLimits.timeLimitMs;
  return { timeLimitMs, maxLines: defaultRunLimits.maxLines };
}
