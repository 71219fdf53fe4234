/**
 * A sample's versions in the page: the learner's own (their stored edit, or the original) and a
 * draft opened from a share link, which is never saved over their own without their say. What
 * the editor shows is always one of them, and it is what Run runs. Also loads the editor.
 */
import type { CodeEditor } from "./code-editor.browser.ts";
import { renderDraftBar, updateDraftDiff } from "./draft-bar.browser.ts";
import { runSample } from "./sample-run.browser.ts";
import {
  offerUndo,
  part,
  setStatus,
  shownCode,
  stateOf,
  storageOutlivesPage,
  store,
  text,
} from "./sample-state.browser.ts";
import { sayEditNotKept } from "./storage-notice.browser.ts";

/** Marks the sample edited, shared (a draft shown) or neither. */
function markVersion(root: HTMLElement): void {
  const state = stateOf(root);
  const showingDraft = state.showing === "draft" && state.draft !== undefined;
  const edited = !showingDraft && state.own !== state.original;
  root.dataset["edited"] = String(edited);
  root.dataset["shared"] = String(showingDraft);
  const marker = part(root, "[data-edited-marker]");
  marker.hidden = !edited && !showingDraft;
  marker.textContent = text(showingDraft ? "sharedMarker" : "edited");
}

/** Stores the version being edited; says so once if storage will not keep it past this page. */
function keep(root: HTMLElement): void {
  const state = stateOf(root);
  const stored =
    state.showing === "draft" && state.draft !== undefined
      ? store.saveDraft(state.id, state.draft)
      : store.saveEdit(state.id, state.own, state.original);
  if (!stored || !storageOutlivesPage) sayEditNotKept(root);
}

/**
 * The learner changed the code shown: it is the version shown that changes (their own, or the
 * draft), and it is kept for the next visit. Code the page put there itself is not stored again.
 */
export function codeChanged(root: HTMLElement, code: string): void {
  const state = stateOf(root);
  if (state.showing === "draft" && state.draft !== undefined) state.draft = code;
  else state.own = code;
  if (!state.settingCode) keep(root);
  markVersion(root);
  updateDraftDiff(root, state);
}

/**
 * Shows a version of the sample (`which`, or the one chosen already) in its editor, so the box
 * shows what Run runs; moving between versions starts a fresh undo history.
 */
export async function showVersion(root: HTMLElement, which?: "own" | "draft"): Promise<void> {
  const state = stateOf(root);
  if (which !== undefined) state.showing = which;
  const editor = await activateEditor(root);
  const code = shownCode(state);
  if (editor.getCode() !== code) editor.loadCode(code);
  // A shared version shows what it changed; the learner's own edit needs no marks.
  editor.markChangesFrom(state.showing === "draft" && state.draft !== undefined ? state.original : undefined);
  markVersion(root);
  renderDraftBar(root, state, {
    show: (version) => void showVersion(root, version),
    keep: () => void keepDraft(root),
    discard: () => void discardDraft(root),
  });
}

/** Opens code from a share link as the sample's draft: shown, never stored over the learner's own. */
export async function openDraft(root: HTMLElement, code: string): Promise<void> {
  const state = stateOf(root);
  const { draft: before, showing } = state;
  state.draft = code;
  state.showing = "draft";
  keep(root);
  await showVersion(root);
  if (before === undefined || before === code) return;
  // A second link replaces the draft, which the learner may have edited: one click brings it back.
  offerUndo(root, text("draftReplaced"), () => {
    state.draft = before;
    state.showing = "draft";
    keep(root);
    void showVersion(root, showing);
  });
}

/**
 * Another tab stored a new version of this sample (`code`, or null when it forgot it): it is shown
 * here too, as one undoable change, so this tab never saves its older copy over it unseen.
 */
export async function changedInAnotherTab(
  root: HTMLElement,
  version: "own" | "draft",
  code: string | null,
): Promise<void> {
  const state = stateOf(root);
  if (version === "own") state.own = code ?? state.original;
  else {
    state.draft = code ?? undefined;
    if (code === null) state.showing = "own";
  }
  const editor = await activateEditor(root);
  const shown = shownCode(state);
  if (editor.getCode() !== shown) {
    state.settingCode = true;
    // Undoable, unlike moving between versions: Ctrl+Z brings back this tab's copy if wanted.
    editor.setCode(shown);
    state.settingCode = false;
    setStatus(root, text(version === "own" ? "changedInOtherTab" : "draftChangedInOtherTab"));
  }
  await showVersion(root);
}

/** The learner keeps the draft as their own version; Undo brings their earlier one back. */
async function keepDraft(root: HTMLElement): Promise<void> {
  const state = stateOf(root);
  const { own: before, draft } = state;
  if (draft === undefined) return;
  state.own = draft;
  state.draft = undefined;
  state.showing = "own";
  keep(root);
  store.clearDraft(state.id);
  await showVersion(root);
  offerUndo(root, text("draftKeptAsYours"), () => {
    state.own = before;
    state.draft = draft;
    keep(root);
    state.showing = "draft";
    keep(root);
    void showVersion(root, "own");
  });
}

/** The learner discards the draft; Undo brings it back. */
async function discardDraft(root: HTMLElement): Promise<void> {
  const state = stateOf(root);
  const { draft } = state;
  state.draft = undefined;
  state.showing = "own";
  store.clearDraft(state.id);
  await showVersion(root);
  if (draft === undefined) return;
  offerUndo(root, text("draftDiscarded"), () => {
    state.draft = draft;
    state.showing = "draft";
    keep(root);
    void showVersion(root, "own");
  });
}

/** Loads CodeMirror into the sample (once) and returns the editor. */
export function activateEditor(root: HTMLElement): Promise<CodeEditor> {
  const state = stateOf(root);
  state.editorLoading ??= import("./code-editor.browser.ts").then(({ mountEditor }) => {
    state.editor = mountEditor(part(root, '[data-editor="ts"]'), {
      code: shownCode(state),
      label: part(root, '[data-editor="ts"]').getAttribute("aria-label") ?? "TypeScript",
      onChange: (code) => codeChanged(root, code),
      onRun: () => void runSample(root),
    });
    return state.editor;
  });
  return state.editorLoading;
}
