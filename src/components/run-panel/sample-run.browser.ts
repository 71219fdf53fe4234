/**
 * Run and Stop for one sample. A Run goes through the run pipeline (src/runner/run-pipeline.ts):
 * this module hands it the code and the page's runtime, feeds each line to the console as it
 * comes, and renders the one result it resolves to. Loaded on the first interaction with a sample;
 * the editor and the transpiler load only when the learner edits.
 */
import { startRunPipeline } from "../../runner/run-pipeline.ts";
import type { ShippedProgram } from "../../runner/transpile/program.ts";
import type { ExitEvent } from "../../runner/types.ts";
import { formatCount } from "../../i18n/format-number.ts";
import { pageLocale } from "../../i18n/page-locale.browser.ts";
import { renderProgress, renderRunResult, type ResultContext } from "./run-result-view.browser.ts";
import { runLimits } from "./run-limits.browser.ts";
import { pageRuntime } from "./runtime-selection.browser.ts";
import { prebuiltJsonOf } from "./prebuilt-fetch.browser.ts";
import { recordProgress } from "./run-progress.browser.ts";
import {
  clearPreviousRun,
  currentCode,
  part,
  setRunState,
  setStatus,
  shownCode,
  stateOf,
  stoppedText,
  text,
  titleOf,
  type SampleState,
} from "./sample-state.browser.ts";

/** The sample whose Run is the page's run: one at a time, as the runtimes run one program. */
let pageRunRoot: HTMLElement | undefined;

/**
 * A Run on another sample stops this page's run first, and the stopped run's result says which
 * sample's Run stopped it (rather than a bare "Stopped" the learner never asked for).
 */
function stopOtherRun(root: HTMLElement): void {
  const other = pageRunRoot;
  pageRunRoot = root;
  if (other === undefined || other === root || other.dataset["runState"] !== "running") return;
  stateOf(other).stoppedBy = titleOf(root);
  stopSample(other);
}

/** The sample as the build shipped it, so its first Run needs no transpiler. */
function shippedProgram(root: HTMLElement, state: SampleState): ShippedProgram {
  return { typescript: state.original, prebuiltJson: prebuiltJsonOf(root) };
}

/** Runs the sample's current code; a run already going is stopped first. */
export async function runSample(root: HTMLElement): Promise<ExitEvent | undefined> {
  const state = stateOf(root);
  const runNumber = (state.runNumber += 1);
  const isCurrent = () => state.runNumber === runNumber;
  state.run?.stop();
  state.run = undefined;
  state.stoppedBy = undefined;
  stopOtherRun(root);
  // What the box shows is what runs: a stored edit or draft is put in the editor before it runs.
  if (state.editor === undefined && shownCode(state) !== state.original)
    await (await import("./sample-controller.browser.ts")).showVersion(root);
  if (!isCurrent()) return undefined;
  part(root, ".run-output").hidden = false;
  clearPreviousRun(root, state);
  setRunState(root, "running");
  setStatus(root, text("running"));
  // An exercise's check hands its probe, with words picked for this run, to the host beside the code.
  const verdictView =
    root.dataset["check"] === undefined ? undefined : await import("./exercise-verdict.browser.ts");
  const exercise = verdictView?.exerciseRunOf(root, "ts");
  if (!isCurrent()) return undefined;
  const code = currentCode(state);
  const limits = runLimits();
  const { typescript: program, probe } = exercise?.program(code) ?? { typescript: code };
  if (limits.clampedSettingMs !== undefined)
    state.output.note(
      text("timeLimitClamped", {
        setting: formatCount(limits.clampedSettingMs, pageLocale()),
        seconds: `${formatCount(limits.timeLimitMs / 1000, pageLocale())} s`,
      }),
    );
  let runtime: ResultContext["runtime"];
  const run = startRunPipeline({
    typescript: program,
    probe,
    shipped: shippedProgram(root, state),
    // Whichever runtime is ready once the code is: a Run never waits for Node.js to boot. Why it
    // took the run is kept for the result's notice.
    host: pageRuntime().then((choice) => () => {
      const { host, status } = choice.hostForRun(program);
      runtime = { choice, status };
      return host;
    }),
    timeLimitMs: limits.timeLimitMs,
    maxLines: limits.maxLines,
    onProgress: (progress) => {
      // A run Reset abandoned may still say a last word; it no longer belongs on screen.
      if (isCurrent()) renderProgress(state, progress);
    },
  });
  state.run = run;
  const result = await run.result;
  const exit = result.kind === "finished" ? result.exit : undefined;
  if (!isCurrent()) return exit;
  // The summary comes once the last line is on the page, as it came after the last line printed.
  await state.output.drained();
  if (!isCurrent()) return exit;
  state.run = undefined;
  renderRunResult(root, state, result, { timeLimitMs: limits.timeLimitMs, runtime });
  if (result.kind !== "finished") return exit;
  // Judged from the result alone, never from what the page shows; then shown, then saved.
  const verdict = exercise?.judge(result);
  if (verdict !== undefined) verdictView?.renderVerdict(root, verdict);
  recordProgress(state.id, result, verdict);
  return exit;
}

/**
 * Forgets the last run, as Reset does once the code is no longer what ran: a run still going is
 * abandoned (its late lines are not shown), and the output, timeline and verdict go.
 */
export function forgetRun(root: HTMLElement): void {
  const state = stateOf(root);
  state.runNumber += 1;
  state.run?.stop();
  state.run = undefined;
  clearPreviousRun(root, state);
  part(root, ".run-output").hidden = true;
  setRunState(root, "idle");
}

/** Stops the sample's run, also one still starting up (its runtime loading). */
export function stopSample(root: HTMLElement): void {
  const state = stateOf(root);
  if (state.run !== undefined) return state.run.stop();
  if (root.dataset["runState"] !== "running") return;
  // No Run yet (an exercise's check still loading): cancel the one being set up.
  state.runNumber += 1;
  setRunState(root, "stopped");
  setStatus(root, stoppedText(state, "0.00 s"));
}
