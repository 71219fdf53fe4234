/** The limits a run in this browser gets: the watchdog and the output cap. */
import { defaultRunLimits } from "../../runner/types.ts";

/** Where a learner (or a test) may store their own watchdog limit, in milliseconds. */
const timeLimitKey = "async-tour:v1:time-limit-ms";

/**
 * The watchdog limit: 30 s, or a learner's own setting (`async-tour:v1:time-limit-ms` in
 * localStorage) for a slow machine or a test that should not wait half a minute. Settings under
 * 500 ms are ignored, so a typo cannot stop every run at once.
 */
export function runLimits(): { timeLimitMs: number; maxLines: number } {
  let saved = Number.NaN;
  try {
    saved = Number(localStorage.getItem(timeLimitKey) ?? Number.NaN);
  } catch {
    // No storage: the default stands.
  }
  const timeLimitMs = Number.isFinite(saved) && saved >= 500 ? saved : defaultRunLimits.timeLimitMs;
  return { timeLimitMs, maxLines: defaultRunLimits.maxLines };
}
