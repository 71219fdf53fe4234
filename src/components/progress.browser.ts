/**
 * Shows progress in the chapter list: samples run per chapter, exercises passed, kept in this
 * browser only; and marks each exercise solved where it stands (its heading, and the practice
 * page's list in the sidebar), so a reload still shows it. The learner can clear it
 * (progress-clear.browser.ts). Edits are not touched: they are the learner's own code.
 */
import { pageLocale } from "../i18n/page-locale.browser.ts";
import { pageScriptTables } from "../i18n/text/page-scripts.ts";
import { browserStorage } from "../learner/browser-storage.ts";
import { createLearnerStore, type Progress } from "../learner/learner-store.ts";
import { askBeforeClearing } from "./progress-clear.browser.ts";

const text = pageScriptTables[pageLocale()];

function describe(done: number, total: number, kind: "ran" | "passed"): string {
  return kind === "ran" ? text.samplesRun(done, total) : text.exercisesPassed(done, total);
}

function renderBadges(progress: Progress): boolean {
  let shownAny = false;
  for (const kind of ["ran", "passed"] as const) {
    const attribute = kind === "ran" ? "progressRan" : "progressPassed";
    for (const link of document.querySelectorAll<HTMLAnchorElement>(`.sidebar a[data-progress-${kind}]`)) {
      const ids = (link.dataset[attribute] ?? "").split(" ").filter(Boolean);
      const done = ids.filter((id) => progress[kind].includes(id)).length;
      link.querySelector(`.progress-badge[data-kind="${kind}"]`)?.remove();
      if (ids.length === 0 || done === 0) continue;
      shownAny = true;
      const badge = document.createElement("span");
      badge.className = "progress-badge";
      badge.dataset["kind"] = kind;
      badge.dataset["done"] = String(done === ids.length);
      // A chapter can show both: samples run, and its exercise (marked with the practice pencil).
      const count = done === ids.length ? "✓" : `${done}/${ids.length}`;
      badge.textContent = kind === "passed" ? `✎${count}` : count;
      badge.title = describe(done, ids.length, kind);
      badge.setAttribute("aria-label", badge.title);
      link.append(" ", badge);
    }
  }
  return shownAny;
}

/** A "✓ Solved" mark at the end of `host`, or none; the word is there for screen readers too. */
function markSolved(host: Element | null, solved: boolean): void {
  host?.querySelector(":scope > .solved-badge")?.remove();
  if (host === null || !solved) return;
  const badge = document.createElement("span");
  badge.className = "solved-badge";
  badge.textContent = `✓ ${text.solved}`;
  host.append(" ", badge);
}

function render(progress: Progress): void {
  const any = renderBadges(progress);
  for (const exercise of document.querySelectorAll<HTMLElement>("[data-exercise]")) {
    const solved = progress.passed.includes(exercise.dataset["exercise"] ?? "");
    exercise.dataset["solved"] = String(solved);
    markSolved(exercise.querySelector(".exercise-title"), solved);
  }
  for (const link of document.querySelectorAll<HTMLAnchorElement>("[data-exercise-link]")) {
    markSolved(link, progress.passed.includes(link.dataset["exerciseLink"] ?? ""));
  }
  const clear = document.querySelector<HTMLButtonElement>("[data-progress-clear]");
  if (clear !== null) clear.hidden = !any;
}

const store = createLearnerStore(browserStorage());
render(store.progress());
askBeforeClearing(() => {
  store.clearProgress();
  render(store.progress());
  return text.progressCleared;
});
// Runs on this page update the list as they finish; other tabs update it through storage events.
addEventListener("storage", () => render(store.progress()));
addEventListener("async-tour:progress", () => render(store.progress()));
