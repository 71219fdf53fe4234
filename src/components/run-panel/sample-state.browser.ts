/**
 * The page's memory of each sample: its original code (read from the page once), the learner's own version, a draft opened
 * from a share link (kept apart from the learner's version until they choose), its editor, its Run going, its
 * console. Kept apart from the modules that edit, run and render a sample, which all read it here;
 * the small helpers that find a sample's parts and set its run state and status live beside it.
 */
import { pageLocale } from "../../i18n/page-locale.browser.ts";
import { runnerText } from "../../i18n/runner-text.ts";
import { browserStorage, MemoryStorage } from "../../learner/browser-storage.ts";
import { createLearnerStore } from "../../learner/learner-store.ts";
import type { PipelineRun } from "../../runner/run-pipeline.ts";
import { createOutputConsole, type OutputConsole } from "./output-console.browser.ts";
import type { CodeEditor } from "./code-editor.browser.ts";
import { runBoxId } from "./run-box.ts";

/** Where a sample's Run is, as `data-run-state` says it. */
export type RunState = "idle" | "running" | "done" | "error" | "stopped";

/** One sample's state in this page. */
export interface SampleState {
  id: string;
  original: string;
  /** The learner's own version: their stored edit, or the original. */
  own: string;
  /** Code opened from a share link, kept apart from `own` until the learner chooses; or none. */
  draft: string | undefined;
  /** Which version the box shows, and so which one Run runs. */
  showing: "own" | "draft";
  /** True while the page itself puts code in the editor: that is not the learner editing. */
  settingCode: boolean;
  editor: CodeEditor | undefined;
  editorLoading: Promise<CodeEditor> | undefined;
  /** The Run going, from its first step (loading) to its result. */
  run: PipelineRun | undefined;
  output: OutputConsole;
  /** The title of the sample whose Run stopped this sample's run, for its result line. */
  stoppedBy: string | undefined;
  /** Counts runs, so a run that was replaced by a newer one leaves the page alone. */
  runNumber: number;
}

/** The runner's words in the page's language. */
export const text = runnerText(pageLocale());
const storage = browserStorage();
/** The learner's stored edits, drafts and progress. */
export const store = createLearnerStore(storage);
/** False when storage is blocked and the page keeps things in memory only, lost on leaving. */
export const storageOutlivesPage = !(storage instanceof MemoryStorage);
const states = new WeakMap<HTMLElement, SampleState>();

/** The part of the sample at `root` that `selector` finds; a sample without it is a build error. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- callers name the element type they expect.
export function part<T extends HTMLElement>(root: HTMLElement, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (found === null) throw new Error(`Sample "${runBoxId(root) || "?"}" has no ${selector}.`);
  return found;
}

/** Every part of the sample at `root` that `selector` finds; none is a build error, as in `part`. */
export function parts<T extends HTMLElement>(root: HTMLElement, selector: string): T[] {
  const found = [...root.querySelectorAll<T>(selector)];
  if (found.length === 0) throw new Error(`Sample "${runBoxId(root) || "?"}" has no ${selector}.`);
  return found;
}

/**
 * The sample's code as written, in one language: the text of its highlighted `<pre>`, which holds
 * it exactly (exact-code.ts) and stays in the page, untouched, behind an open editor.
 */
export function originalCode(root: HTMLElement, language: "ts" | "py"): string {
  return part(root, `[data-editor="${language}"] pre`).textContent;
}

/** The state of a sample, created on first use. */
export function stateOf(root: HTMLElement): SampleState {
  let state = states.get(root);
  if (state === undefined) {
    const original = originalCode(root, "ts");
    const id = runBoxId(root);
    state = {
      id,
      original,
      own: store.loadEdit(id) ?? original,
      draft: store.loadDraft(id),
      showing: "own",
      settingCode: false,
      editor: undefined,
      editorLoading: undefined,
      run: undefined,
      output: createOutputConsole(part(root, "[role=log]")),
      stoppedBy: undefined,
      runNumber: 0,
    };
    states.set(root, state);
  }
  return state;
}

/** The version the box should show: the draft while it is chosen, else the learner's own. */
export function shownCode(state: SampleState): string {
  return state.showing === "draft" ? (state.draft ?? state.own) : state.own;
}

/** The code to run or copy: the editor's, or the version to show while no editor is loaded. */
export function currentCode(state: SampleState): string {
  return state.editor?.getCode() ?? shownCode(state);
}

/** The sample's title as the page shows it (without its "#" link). */
export function titleOf(root: HTMLElement): string {
  const heading = document.getElementById(root.getAttribute("aria-labelledby") ?? "");
  const words = [...(heading?.childNodes ?? [])].filter((node) => node.nodeType === Node.TEXT_NODE);
  return (
    words
      .map((node) => node.textContent)
      .join("")
      .trim() || runBoxId(root)
  );
}

/**
 * Sets `data-run-state`; Stop is enabled only while running (an exercise with a Python version has
 * a Stop in each language's bar, only one of which shows).
 */
export function setRunState(root: HTMLElement, state: RunState): void {
  root.dataset["runState"] = state;
  for (const stop of parts<HTMLButtonElement>(root, '[data-action="stop"]'))
    stop.disabled = state !== "running";
}

/** Says `message` in the sample's status line (in each language's bar, where there are two). */
export function setStatus(root: HTMLElement, message: string): void {
  for (const status of parts(root, "[data-run-status]")) status.textContent = message;
}

/**
 * A run's results belong to that run: the output, exit line, timeline and verdict of the one before
 * go as this one starts, so nothing on screen (not even after a syntax error, when nothing runs)
 * describes code other than the code being run.
 */
export function clearPreviousRun(root: HTMLElement, state: SampleState): void {
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
  // An exercise with a Python version has a link in each language's bar.
  for (const link of root.querySelectorAll<HTMLElement>("[data-verdict-link]")) link.hidden = true;
}

/** "Stopped after …", naming the sample whose Run stopped it, if another one did. */
export function stoppedText(state: SampleState, seconds: string): string {
  return state.stoppedBy === undefined
    ? text("stopped", { seconds })
    : text("stoppedBy", { seconds, title: state.stoppedBy });
}

/** Puts a status with an Undo button in the sample's status line. */
export function offerUndo(
  root: HTMLElement,
  message: string,
  undo: () => void,
  label: "undo" | "undoReset" = "undo",
): void {
  setStatus(root, message);
  const button = document.createElement("button");
  button.type = "button";
  // `data-undo` or `data-undo-reset`, so a spec can tell them apart.
  button.dataset[label] = "";
  button.textContent = text(label);
  button.addEventListener("click", () => {
    setStatus(root, "");
    undo();
  });
  part(root, "[data-run-status]").append(" ", button);
}
