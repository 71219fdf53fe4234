/**
 * A sample's editing side in the page: its code (edited, shared or original), the editor, Reset,
 * Copy and Share. Run and Stop live in sample-run.browser.ts and the sample's state in
 * sample-state.browser.ts; both are re-exported here, so the page loads one controller.
 */
import type { CodeEditor } from "./code-editor.browser.ts";
import { runSample } from "./sample-run.browser.ts";
import { currentCode, part, setStatus, stateOf, store, text } from "./sample-state.browser.ts";

export { runSample, stopSample } from "./sample-run.browser.ts";
export { stateOf } from "./sample-state.browser.ts";

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
    state.editor = mountEditor(part(root, '[data-editor="ts"]'), {
      code: state.code,
      label: part(root, '[data-editor="ts"]').getAttribute("aria-label") ?? "TypeScript",
      onChange: (code) => codeChanged(root, code),
      onRun: () => void runSample(root),
    });
    return state.editor;
  });
  return state.editorLoading;
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
