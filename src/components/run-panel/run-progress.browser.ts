/**
 * What a run earns in the learner's progress, saved in one place: a sample counts as run when its
 * program went to its end (a stopped or timed-out run does not), and an exercise as passed when its
 * check passed. The progress list (progress.browser.ts) hears of each change.
 */
import type { CheckResult } from "../../exercises/check.ts";
import type { FinishedRun } from "../../runner/run-result.ts";
import { store } from "./sample-state.browser.ts";

/** Saves what `run` (and, for an exercise, its `verdict`) earns the sample `id`. */
export function recordProgress(id: string, run: FinishedRun, verdict: CheckResult | undefined): void {
  const ran = run.exit.reason === "finished" || run.exit.reason === "error";
  const passed = verdict?.passed === true;
  if (ran) store.markRun(id);
  if (passed) store.markPassed(id);
  if (ran || passed) dispatchEvent(new Event("async-tour:progress"));
}
