/**
 * The bar on a sample that has a draft (code opened from a share link, kept apart from the
 * learner's own version): it says which version is shown and lets the learner move between them,
 * keep the shared one as their own, or discard it. It only renders; the controller acts.
 */
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
  if (state.showing === "draft") {
    words.textContent = text("sharedBanner");
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
  bar.replaceChildren(words, ...buttons);
  if (old === null) root.prepend(bar);
  // The pressed button is gone; focus stays in the bar, on its first action.
  if (hadFocus) buttons[0]?.focus();
}
