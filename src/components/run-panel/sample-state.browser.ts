/**
 * The page's memory of each sample: its original and current code, its editor, its Run going, its
 * console. Kept apart from the modules that edit, run and render a sample, which all read it here;
 * the small helpers that find a sample's parts and set its run state and status live beside it.
 */
import { pageLocale } from "../../i18n/page-locale.browser.ts";
import { runnerText } from "../../i18n/runner-text.ts";
import { browserStorage } from "../../learner/browser-storage.ts";
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
  /** The code while no editor is loaded: the original, a stored edit, or shared code. */
  code: string;
  editor: CodeEditor | undefined;
  editorLoading: Promise<CodeEditor> | undefined;
  /** The Run going, from its first step (loading) to its result. */
  run: PipelineRun | undefined;
  output: OutputConsole;
  /** True while shared code is put in the editor: it is shown, not saved over the learner's edit. */
  showingShared: boolean;
  /** True from showing shared code until the learner edits it: it is marked shared, not edited. */
  shared: boolean;
  /** Counts runs, so a run that was replaced by a newer one leaves the page alone. */
  runNumber: number;
}

/** The runner's words in the page's language. */
export const text = runnerText(pageLocale());
/** The learner's stored edits and progress. */
export const store = createLearnerStore(browserStorage());
const states = new WeakMap<HTMLElement, SampleState>();

/** The part of the sample at `root` that `selector` finds; a sample without it is a build error. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- callers name the element type they expect.
export function part<T extends HTMLElement>(root: HTMLElement, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (found === null) throw new Error(`Sample "${runBoxId(root) || "?"}" has no ${selector}.`);
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
    const id = runBoxId(root);
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

/** The code to run or copy: the editor's, or the stored code while no editor is loaded. */
export function currentCode(state: SampleState): string {
  return state.editor?.getCode() ?? state.code;
}

/** Sets `data-run-state`; Stop is enabled only while running. */
export function setRunState(root: HTMLElement, state: RunState): void {
  root.dataset["runState"] = state;
  part<HTMLButtonElement>(root, '[data-action="stop"]').disabled = state !== "running";
}

/** Says `message` in the sample's status line. */
export function setStatus(root: HTMLElement, message: string): void {
  part(root, "[data-run-status]").textContent = message;
}
