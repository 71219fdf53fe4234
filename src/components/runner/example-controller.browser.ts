/**
 * Runs one sample or exercise in the page: transpile, run on the page's runtime, stream output,
 * draw the timeline, judge exercises. Loaded on the first interaction with a sample; the editor
 * and the transpiler load only when the learner edits.
 */
import { pageLocale } from "../../i18n/page-locale.browser.ts";
import { runnerText } from "../../i18n/runner-text.ts";
import { browserStorage } from "../../learner/browser-storage.ts";
import { createLearnerStore } from "../../learner/learner-store.ts";
import { defaultRunLimits, type ExitEvent, type RunHandle } from "../../runner/types.ts";
import type { TimelineEvent } from "../../timeline/events.ts";
import { buildTimeline } from "../../timeline/model.ts";
import { mapOutputPositions } from "../../runner/transpile/position-map.ts";
import { createOutputConsole, formatElapsed, type OutputConsole } from "./output-console.browser.ts";
import { javascriptFor } from "./run-code.browser.ts";
import { pageRuntime } from "./runtime-selection.browser.ts";
import { hideRuntimeNotice, showRuntimeNotice } from "./runtime-notice.browser.ts";
import { runLimits } from "./run-limits.browser.ts";
import { renderRunTimeline } from "./run-timeline.browser.ts";
import type { CodeEditor } from "./code-editor.browser.ts";

type RunState = "idle" | "running" | "done" | "error" | "stopped";

interface SampleState {
  id: string;
  original: string;
  /** The code while no editor is loaded: the original, a stored edit, or shared code. */
  code: string;
  editor: CodeEditor | undefined;
  editorLoading: Promise<CodeEditor> | undefined;
  run: RunHandle | undefined;
  output: OutputConsole;
  /** True while shared code is put in the editor: it is shown, not saved over the learner's edit. */
  showingShared: boolean;
  /** True from showing shared code until the learner edits it: it is marked shared, not edited. */
  shared: boolean;
  /** Counts runs, so a run that was replaced by a newer one leaves the page alone. */
  runNumber: number;
}

const text = runnerText(pageLocale());
const store = createLearnerStore(browserStorage());
const states = new WeakMap<HTMLElement, SampleState>();

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- callers name the element type they expect.
function part<T extends HTMLElement>(root: HTMLElement, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (found === null) throw new Error(`Sample "${root.dataset["example"] ?? "?"}" has no ${selector}.`);
  return found;
}

function readOriginal(root: HTMLElement): string {
  const parsed: unknown = JSON.parse(part(root, "[data-original-code]").textContent || '""');
  return typeof parsed === "string" ? parsed : "";
}

/** The state of a sample, created on first use. */
export function stateOf(root: HTMLElement): SampleState {
  let state = states.get(root);
  if (state === undefined) {
    const original = readOriginal(root);
    const id = root.dataset["example"] ?? "";
    state = {
      id,
      original,
      code: store.loadEdit(id) ?? original,
      editor: undefined,
      editorLoading: undefined,
      run: undefined,
      output: createOutputConsole(part(root, "[role=log]")),
      showingShared: false,
      shared: false,
      runNumber: 0,
    };
    states.set(root, state);
  }
  return state;
}

function setRunState(root: HTMLElement, state: RunState): void {
  root.dataset["runState"] = state;
  part<HTMLButtonElement>(root, '[data-action="stop"]').disabled = state !== "running";
}

function setStatus(root: HTMLElement, message: string): void {
  part(root, "[data-run-status]").textContent = message;
}

/**
 * Marks the sample edited, shared or neither, and keeps the learner's own code for the next visit.
 * Shared code is someone else's: it is marked shared, and becomes the visitor's edit (stored,
 * marked edited) only once they change it.
 */
export function codeChanged(root: HTMLElement, code: string): void {
  const state = stateOf(root);
  state.code = code;
  state.shared = state.showingShared;
  if (!state.showingShared) store.saveEdit(state.id, code, state.original);
  const edited = code !== state.original && !state.shared;
  root.dataset["edited"] = String(edited);
  const marker = part(root, "[data-edited-marker]");
  marker.hidden = !edited && !state.shared;
  marker.textContent = text(state.shared ? "sharedMarker" : "edited");
}

/** The visitor's own version of a sample: their stored edit or the original, never shared code. */
export function ownCode(root: HTMLElement): string {
  const state = stateOf(root);
  return state.shared ? (store.loadEdit(state.id) ?? state.original) : state.code;
}

/** Loads CodeMirror into the sample (once) and returns the editor. */
export function activateEditor(root: HTMLElement): Promise<CodeEditor> {
  const state = stateOf(root);
  state.editorLoading ??= import("./code-editor.browser.ts").then(({ mountEditor }) => {
    state.editor = mountEditor(part(root, "[data-editor]"), {
      code: state.code,
      label: part(root, "[data-editor]").getAttribute("aria-label") ?? "TypeScript",
      onChange: (code) => codeChanged(root, code),
      onRun: () => void runSample(root),
    });
    return state.editor;
  });
  return state.editorLoading;
}

function currentCode(state: SampleState): string {
  return state.editor?.getCode() ?? state.code;
}

function describeExit(exit: ExitEvent, timeLimitMs: number): string {
  const seconds = `${(exit.durationMs / 1000).toFixed(2)} s`;
  if (exit.reason === "timeout") return text("timedOut", { seconds: `${timeLimitMs / 1000} s` });
  if (exit.reason === "stopped") return text("stopped", { seconds });
  return text("exited", { code: exit.code, seconds });
}

/**
 * A run's results belong to that run: the output, exit line, timeline and verdict of the one before
 * go as this one starts, so nothing on screen (not even after a syntax error, when nothing runs)
 * describes code other than the code being run.
 */
function clearPreviousRun(root: HTMLElement, state: SampleState): void {
  state.output.clear();
  part(root, "[data-exit-status]").textContent = "";
  const timeline = part(root, "[data-timeline-slot]");
  timeline.replaceChildren();
  delete timeline.dataset["timeline"];
  const verdict = root.querySelector<HTMLElement>("[data-check-result]");
  if (verdict !== null) {
    verdict.replaceChildren();
    delete verdict.dataset["passed"];
  }
}

/** Runs the sample's current code; a run already going is stopped first. */
export async function runSample(root: HTMLElement): Promise<ExitEvent | undefined> {
  const state = stateOf(root);
  const runNumber = (state.runNumber += 1);
  const isCurrent = () => state.runNumber === runNumber;
  state.run?.stop();
  state.run = undefined;
  const outputArea = part(root, ".run-output");
  outputArea.hidden = false;
  clearPreviousRun(root, state);
  setRunState(root, "running");
  setStatus(root, text("running"));
  // No editor here: it loads when the learner edits (see example-loader), and a Run of the
  // code as shipped needs no transpiler either, so a first Run loads only the runtime.
  // An exercise's check adds its probe, with words picked for this run, after the learner's code.
  const exercise =
    root.dataset["check"] === undefined
      ? undefined
      : (await import("./exercise-verdict.browser.ts")).prepareExerciseRun(root);
  const code = currentCode(state);
  const [transpiled, selection] = await Promise.all([
    javascriptFor(root, exercise?.program(code) ?? code, state.original),
    pageRuntime(),
  ]);
  if (!isCurrent()) return undefined;
  if (!transpiled.ok) {
    state.output.append("stderr", transpiled.message, 0);
    part(root, "[data-exit-status]").textContent = text("syntaxError");
    hideRuntimeNotice(root);
    setStatus(root, text("syntaxError"));
    setRunState(root, "error");
    state.editor?.showPosition(transpiled.line, transpiled.column);
    return undefined;
  }
  const events: TimelineEvent[] = [];
  let dropped = 0;
  const limits = runLimits();
  // Whichever runtime is ready now takes the run: it never waits for Node.js to boot.
  const { host, status } = selection.hostForRun();
  showRuntimeNotice(root, selection, { kind: host.kind, status });
  const handle = host.run(transpiled.javascript, {
    ...limits,
    onEvent: (event) => {
      // Both runtimes name the program main.ts; the columns still need mapping to the TypeScript.
      if (event.type === "output")
        state.output.append(
          event.stream,
          mapOutputPositions(event.text, transpiled.toTypeScript),
          event.atMs,
        );
      else if (event.type === "timeline") events.push(event.event);
      else if (event.type === "dropped") dropped = event.lines;
      // Said by the runtime itself (the WebContainer restarted after a Stop), worded per language.
      else if (event.type === "notice") state.output.note(text(event.key));
    },
  });
  state.run = handle;
  const exit = await handle.done;
  if (!isCurrent()) return exit;
  state.run = undefined;
  if (dropped > 0)
    state.output.note(
      text("dropped", { count: dropped.toLocaleString(), max: defaultRunLimits.maxLines.toLocaleString() }),
    );
  state.output.flush();
  const summary = describeExit(exit, limits.timeLimitMs);
  part(root, "[data-exit-status]").textContent = `${formatElapsed(exit.durationMs)} ${summary}`;
  setStatus(root, summary);
  setRunState(
    root,
    exit.reason === "finished" && exit.code === 0
      ? "done"
      : exit.reason === "error" || exit.reason === "finished"
        ? "error"
        : "stopped",
  );
  const timeline = buildTimeline(events, exit.durationMs);
  renderRunTimeline(part(root, "[data-timeline-slot]"), timeline);
  // Only a run that went to its end counts as run; a stopped or timed-out one does not.
  if (exit.reason === "finished" || exit.reason === "error") {
    store.markRun(state.id);
    dispatchEvent(new Event("async-tour:progress"));
  }
  if (exercise?.judge({ exitCode: exit.code, durationMs: exit.durationMs, timeline })) {
    store.markPassed(state.id);
    dispatchEvent(new Event("async-tour:progress"));
  }
  return exit;
}

/** Stops the sample's run, also one still starting up (its runtime loading). */
export function stopSample(root: HTMLElement): void {
  const state = stateOf(root);
  if (state.run !== undefined) return state.run.stop();
  if (root.dataset["runState"] !== "running") return;
  // No program yet: cancel the run that is being set up.
  state.runNumber += 1;
  setRunState(root, "stopped");
  setStatus(root, text("stopped", { seconds: "0.00 s" }));
}

/** Back to the original code; undoable in the editor, and the stored edit is forgotten. */
export async function resetSample(root: HTMLElement): Promise<void> {
  const state = stateOf(root);
  const editor = await activateEditor(root);
  const before = editor.getCode();
  editor.setCode(state.original);
  codeChanged(root, state.original);
  setStatus(root, text("resetDone"));
  if (before === state.original) return;
  // Reset never loses work: one click brings the edit back.
  const undo = document.createElement("button");
  undo.type = "button";
  undo.dataset["undoReset"] = "";
  undo.textContent = text("undoReset");
  undo.addEventListener("click", () => {
    editor.setCode(before);
    codeChanged(root, before);
    setStatus(root, "");
  });
  part(root, "[data-run-status]").append(" ", undo);
}

/** Copies the current code to the clipboard. */
export async function copySample(root: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(currentCode(stateOf(root)));
    setStatus(root, text("copied"));
  } catch {
    setStatus(root, text("copyFailed"));
  }
}

/** Puts the current code, compressed, in a link; shows it and copies it. */
export async function shareSample(root: HTMLElement): Promise<void> {
  const { encodeSharedCode } = await import("../../learner/share-code.ts");
  const state = stateOf(root);
  // The code travels in the fragment: it is never sent to a server, and no server limits its size.
  const url = new URL(location.href);
  url.search = "";
  url.hash = `share=${state.id}~${await encodeSharedCode(currentCode(state))}`;
  const field = part<HTMLInputElement>(root, "[data-share-url]");
  field.value = url.href;
  field.hidden = false;
  field.select();
  try {
    await navigator.clipboard.writeText(url.href);
    setStatus(root, text("shareReady"));
  } catch {
    // The link is shown and selected; copying by hand still works.
    setStatus(root, text("shareReadyNotCopied"));
  }
}

/** Shows shared code in the editor without storing it as the learner's own edit. */
export async function showSharedCode(root: HTMLElement, code: string): Promise<void> {
  const state = stateOf(root);
  const editor = await activateEditor(root);
  state.showingShared = true;
  editor.setCode(code);
  state.showingShared = false;
}
