/**
 * A sample's editing side in the page: Reset, Copy and Share. Its versions and editor live in
 * sample-versions.browser.ts, Run and Stop in sample-run.browser.ts and its state in
 * sample-state.browser.ts; they are re-exported here, so the page loads one controller.
 */
import { activateEditor, codeChanged } from "./sample-versions.browser.ts";
import { currentCode, offerUndo, part, setStatus, stateOf, text } from "./sample-state.browser.ts";
import { forgetRun } from "./sample-run.browser.ts";

export { runSample, stopSample } from "./sample-run.browser.ts";
export { stateOf } from "./sample-state.browser.ts";
export {
  activateEditor,
  changedInAnotherTab,
  codeChanged,
  openDraft,
  showVersion,
} from "./sample-versions.browser.ts";

/** Opens the editor (loading it if need be) with the caret at an error's place, marked. */
export async function goToPosition(root: HTMLElement, line: number, column: number): Promise<void> {
  const editor = await activateEditor(root);
  editor.markError(line, column);
  editor.focus();
}

/**
 * Back to the original code; undoable in the editor, and the stored edit is forgotten. The last
 * run's output and timeline go too: they described code no longer there.
 */
export async function resetSample(root: HTMLElement): Promise<void> {
  const state = stateOf(root);
  const editor = await activateEditor(root);
  const before = editor.getCode();
  editor.setCode(state.original);
  codeChanged(root, state.original);
  setStatus(root, text("resetDone"));
  if (before === state.original) return;
  forgetRun(root);
  // Reset never loses work: one click brings the edit back.
  offerUndo(
    root,
    text("resetDone"),
    () => {
      editor.setCode(before);
      codeChanged(root, before);
    },
    "undoReset",
  );
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

/** The sample's share field, made from its template (RunPanel.astro says why) and put in its place. */
function addShareField(root: HTMLElement): HTMLInputElement {
  const template = part<HTMLTemplateElement>(root, "template[data-share-url-template]");
  const field = template.content.querySelector("input")?.cloneNode(true);
  if (!(field instanceof HTMLInputElement)) throw new Error("The share field's template holds no input.");
  template.after(field);
  return field;
}

/** Puts the current code, compressed, in a link; shows it and copies it. */
export async function shareSample(root: HTMLElement): Promise<void> {
  const { encodeSharedCode } = await import("../../learner/share-code.ts");
  const state = stateOf(root);
  // The code travels in the fragment: it is never sent to a server, and no server limits its size.
  const url = new URL(location.href);
  url.search = "";
  url.hash = `share=${state.id}~${await encodeSharedCode(currentCode(state))}`;
  const field = root.querySelector<HTMLInputElement>("[data-share-url]") ?? addShareField(root);
  field.value = url.href;
  field.select();
  try {
    await navigator.clipboard.writeText(url.href);
    setStatus(root, text("shareReady"));
  } catch {
    // The link is shown and selected; copying by hand still works.
    setStatus(root, text("shareReadyNotCopied"));
  }
}
