/**
 * The bar on a sample that has a draft (code opened from a share link, kept apart from the
 * learner's own version): it says which version is shown and lets the learner move between them,
 * keep the shared one as their own, or discard it. It only renders; the controller acts.
 */
import { lineDiff } from "./line-diff.ts";
import { text, type SampleState } from "./sample-state.browser.ts";

/** What the bar's buttons do. */
export interface DraftActions {
  show(which: "own" | "draft"): void;
  keep(): void;
  discard(): void;
}

function button(label: string, action: () => void): HTMLButtonElement {
  const element = document.createElement("button");
  element.type = "button";
  element.textContent = label;
  element.addEventListener("click", action);
  return element;
}

/** How the shown draft differs from the original, in a sentence (the editor marks the lines). */
function diffSummary(state: SampleState): string {
  const draft = state.draft ?? state.original;
  const { changed } = lineDiff(state.original, draft);
  if (changed.length === 1) return text("draftDiffersOne");
  if (changed.length > 1) return text("draftDiffers", { count: changed.length });
  return text(draft === state.original ? "draftSameAsOriginal" : "draftOnlyRemoves");
}

/**
 * The original code, one click away, as text. Only the original, which the site wrote, is shown
 * here: the shared code, hostile input, goes nowhere but the editor, which renders it as text.
 */
function originalCode(state: SampleState): HTMLElement {
  const details = document.createElement("details");
  details.className = "draft-original";
  const summary = document.createElement("summary");
  summary.textContent = text("seeOriginal");
  const code = document.createElement("pre");
  code.textContent = state.original;
  details.append(summary, code);
  return details;
}

/** Brings the bar's count of changed lines up to date after an edit of the shown draft. */
export function updateDraftDiff(root: HTMLElement, state: SampleState): void {
  const summary = root.querySelector(":scope > [data-draft-bar] [data-draft-diff]");
  if (summary === null || state.showing !== "draft") return;
  const words = diffSummary(state);
  if (summary.textContent !== words) summary.textContent = words;
}

/** Draws the bar for `state` at the top of the sample, or removes it when there is no draft. */
export function renderDraftBar(root: HTMLElement, state: SampleState, actions: DraftActions): void {
  const old = root.querySelector<HTMLElement>(":scope > [data-draft-bar]");
  const hadFocus = old?.contains(document.activeElement) ?? false;
  if (state.draft === undefined) {
    old?.remove();
    return;
  }
  const bar = old ?? document.createElement("div");
  bar.className = "share-banner";
  bar.dataset["draftBar"] = "";
  bar.dataset["shareBanner"] = "shared";
  bar.setAttribute("role", "status");
  const words = document.createElement("span");
  const buttons: HTMLButtonElement[] = [];
  const extra: HTMLElement[] = [];
  if (state.showing === "draft") {
    words.textContent = text("sharedBanner");
    const summary = document.createElement("span");
    summary.dataset["draftDiff"] = "";
    summary.textContent = diffSummary(state);
    extra.push(summary, originalCode(state));
    const hasOwnEdit = state.own !== state.original;
    buttons.push(
      button(text(hasOwnEdit ? "backToYourEdit" : "backToOriginal"), () => actions.show("own")),
      button(text("keepDraft"), () => actions.keep()),
    );
  } else {
    words.textContent = text("draftKept");
    buttons.push(button(text("showDraft"), () => actions.show("draft")));
  }
  buttons.push(button(text("discardDraft"), () => actions.discard()));
  bar.replaceChildren(words, ...extra, ...buttons);
  if (old === null) root.prepend(bar);
  // The pressed button is gone; focus stays in the bar, on its first action.
  if (hadFocus) buttons[0]?.focus();
}
