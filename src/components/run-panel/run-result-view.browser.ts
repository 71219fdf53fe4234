/**
 * Shows a Run's result under its sample, the one place a run's lines and notices are rendered: each
 * line and notice as it arrives, then the exit line, the status, the run state, the dropped lines
 * note, the runtime notice and the timeline. It only renders: everything it shows comes from the
 * run pipeline's progress and the one result it resolved to (run-result.ts). An exercise's verdict
 * and the learner's progress are judged, shown and saved beside it (sample-run.browser.ts).
 */
import type { FinishedRun, RunProgress, RunResult } from "../../runner/run-result.ts";
import { runBounds } from "../../runner/run-limits.ts";
import { isRuntimeKind } from "../../runner/runtimes.ts";
import type { RuntimeChoice, RuntimeStatus } from "../../runner/select-host.ts";
import type { ExitEvent } from "../../runner/types.ts";
import { formatCount, formatSeconds } from "../../i18n/format-number.ts";
import { pageLocale } from "../../i18n/page-locale.browser.ts";
import { formatElapsed } from "./output-console.browser.ts";
import { hideRuntimeNotice, showRuntimeNotice } from "./runtime-notice.browser.ts";
import { renderRunTimeline } from "./run-timeline.browser.ts";
import { firstErrorPosition } from "./error-position.ts";
import { syntaxProblemMessage } from "./syntax-problem-text.ts";
import { wordMessage } from "../../i18n/translate.ts";
import { part, setRunState, setStatus, stoppedText, text, type SampleState } from "./sample-state.browser.ts";

/** What the page adds to a result: the watchdog it set, and how its runtime was chosen. */
export interface ResultContext {
  timeLimitMs: number;
  /**
   * The page's runtime choice and its status when the run was handed to a runtime, for the
   * notice that says which runtime took the run and why; absent where there is no choice (Python).
   */
  runtime?: { choice: RuntimeChoice; status: RuntimeStatus } | undefined;
}

/** Shows a line or a notice of a run still going, in the sample's console. */
export function renderProgress(state: SampleState, progress: RunProgress): void {
  if (progress.type === "notice") {
    // Said by the runtime itself (the WebContainer restarted after a Stop), worded per language.
    state.output.note(text(progress.key));
    return;
  }
  const { stream, text: line, atMs, moreChars } = progress.line;
  const more =
    moreChars === undefined ? undefined : text("moreChars", { count: formatCount(moreChars, pageLocale()) });
  state.output.append(stream, line, atMs, more);
}

function describeExit(run: FinishedRun, timeLimitMs: number, state: SampleState): string {
  const { exit } = run;
  const seconds = `${formatSeconds(exit.durationMs, 2, pageLocale())} s`;
  // A program that had stopped answering may have run out of memory: a loop is not the only guess.
  if (exit.reason === "timeout")
    return text(run.notices.includes("programSilent") ? "timedOutSilent" : "timedOut", {
      seconds: `${timeLimitMs / 1000} s`,
    });
  if (exit.reason === "stopped") return stoppedText(state, seconds);
  return text("exited", { code: exit.code, seconds });
}

function finishedStatus(exit: ExitEvent): string {
  const seconds = `${formatSeconds(exit.durationMs, 2, pageLocale())} s`;
  return text(exit.code === 0 ? "finishedClean" : "finishedFailed", { seconds });
}

function renderFinished(
  root: HTMLElement,
  state: SampleState,
  run: FinishedRun,
  context: ResultContext,
): void {
  const { exit } = run;
  const count = (value: number) => formatCount(value, pageLocale());
  if (run.dropped > 0)
    state.output.note(text("dropped", { count: count(run.dropped), max: count(runBounds.maxLines) }));
  if (run.droppedSpans > 0)
    state.output.note(
      text("droppedSpans", { count: count(run.droppedSpans), max: count(runBounds.maxTimelineSpans) }),
    );
  const summary = describeExit(run, context.timeLimitMs, state);
  part(root, "[data-exit-status]").textContent = `${formatElapsed(exit.durationMs)} ${summary}`;
  // Under the exit line: the runtime the result says took the run, and why it did.
  if (context.runtime !== undefined && isRuntimeKind(run.runtime))
    showRuntimeNotice(root, context.runtime.choice, { kind: run.runtime, status: context.runtime.status });
  // Beside Run, a word on how it went; the exit line under the output has the code.
  setStatus(root, exit.reason === "finished" || exit.reason === "error" ? finishedStatus(exit) : summary);
  setRunState(
    root,
    exit.reason === "finished" && exit.code === 0
      ? "done"
      : exit.reason === "error" || exit.reason === "finished"
        ? "error"
        : "stopped",
  );
  renderRunTimeline(part(root, "[data-timeline-slot]"), run.timeline);
  // An uncaught error is marked where it was thrown, if the editor is open (its link opens it).
  const failed = exit.reason === "error" || (exit.reason === "finished" && exit.code !== 0);
  const thrownAt = failed ? firstErrorPosition(run.output) : undefined;
  if (thrownAt !== undefined) state.editor?.markError(thrownAt.line, thrownAt.column);
}

/** Renders `result` into the sample at `root`. */
export function renderRunResult(
  root: HTMLElement,
  state: SampleState,
  result: RunResult,
  context: ResultContext,
): void {
  if (result.kind === "finished") return renderFinished(root, state, result, context);
  if (result.kind === "cancelled") {
    // Stopped while the runtime or the transpiler was still loading: no program ever ran.
    setRunState(root, "stopped");
    setStatus(root, stoppedText(state, "0.00 s"));
    return;
  }
  const words = wordMessage(syntaxProblemMessage(result.problem), text);
  state.output.append("stderr", `${words} (main.ts:${result.line}:${result.column})`, 0);
  part(root, "[data-exit-status]").textContent = text("syntaxError");
  hideRuntimeNotice(root);
  setStatus(root, text("syntaxError"));
  setRunState(root, "error");
  state.editor?.markError(result.line, result.column);
}
