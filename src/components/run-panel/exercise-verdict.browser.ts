/**
 * An exercise's part of the page: the check it shipped (validated at build time and shipped in
 * `data-check`, and its Python check in `data-check-python`, empty when it is the same; see
 * shipped-check.ts; no schema library reaches the page) and the verdict's rendering. It only
 * renders: the judging is `prepareExerciseRun` (src/exercises/exercise-run.ts), the same the tests
 * judge with, and progress is saved by run-progress.browser.ts. Loaded on an exercise's first Run.
 */
import type { CheckResult, Finding } from "../../exercises/check.ts";
import { prepareExerciseRun, type ExerciseRun } from "../../exercises/exercise-run.ts";
// A type only: the schema's zod stays out of the page.
import type { ExerciseLanguage } from "../../exercises/exercise-schema.ts";
import { readShippedCheck } from "../../exercises/shipped-check.ts";
import { pageLocale } from "../../i18n/page-locale.browser.ts";
import type { LocaleCode } from "../../i18n/locales.ts";
import { runnerText, type RunnerTextKey } from "../../i18n/runner-text.ts";
import type { Translate } from "../../i18n/translate.ts";
import { wordFinding } from "../../i18n/text/findings.ts";

/** Where the page ships each language's check (Exercise.astro). */
const shippedIn = { ts: "check", py: "checkPython" } as const satisfies Record<ExerciseLanguage, string>;

/**
 * One run of the exercise at `root` in `language`, with fresh words, from the check the page
 * shipped for that language; an empty one is TypeScript's, which Exercise.astro ships once.
 */
export function exerciseRunOf<Language extends ExerciseLanguage>(
  root: HTMLElement,
  language: Language,
): ExerciseRun<Language> {
  const own = root.dataset[shippedIn[language]];
  const shipped = own === undefined || own === "" ? root.dataset["check"] : own;
  return prepareExerciseRun(readShippedCheck(shipped ?? ""), language);
}

/** One finding as a list item: a mark, a word that says met or not (not colour alone), the finding. */
function findingItem(finding: Finding, lang: LocaleCode, text: Translate<RunnerTextKey>): HTMLLIElement {
  const item = document.createElement("li");
  item.className = "finding";
  item.dataset["passed"] = String(finding.passed);
  const mark = document.createElement("span");
  mark.className = "finding-mark";
  mark.setAttribute("aria-hidden", "true");
  mark.textContent = finding.passed ? "✓" : "✗";
  const status = document.createElement("span");
  status.className = "finding-status";
  status.textContent = finding.passed ? text("findingMet") : text("findingNotMet");
  // No space after a full-width colon: the locale's own gap between sentences.
  item.append(mark, " ", status, text("sentenceGap"), wordFinding(finding.message, lang));
  return item;
}

/**
 * The link beside Run that says how the check went and jumps to the verdict, wherever it is (an
 * exercise with a Python version has one in each language's bar).
 */
function showVerdictLink(root: HTMLElement, verdict: HTMLElement, result: CheckResult): void {
  const text = runnerText(pageLocale());
  for (const link of root.querySelectorAll<HTMLAnchorElement>("[data-verdict-link]")) {
    link.textContent = result.passed ? text("verdictLinkPassed") : text("verdictLinkFailed");
    link.dataset["passed"] = String(result.passed);
    link.hidden = false;
    link.onclick = (event) => {
      event.preventDefault();
      verdict.scrollIntoView({ block: "nearest" });
      verdict.focus({ preventScroll: true });
    };
  }
}

/** Shows `result` under the exercise at `root`, what is missing first, and the link beside Run. */
export function renderVerdict(root: HTMLElement, result: CheckResult): void {
  const lang = pageLocale();
  const text = runnerText(lang);
  const verdict = root.querySelector<HTMLElement>("[data-check-result]");
  if (verdict === null) return;
  verdict.dataset["passed"] = String(result.passed);
  const failed = result.findings.filter((finding) => !finding.passed);
  const heading = document.createElement("p");
  heading.className = "verdict-heading";
  heading.textContent = result.passed
    ? text("checkPassed")
    : text("checkFailedCount", { failed: failed.length, total: result.findings.length });
  const list = document.createElement("ul");
  // A passed check lists what it saw; a failed one puts what is missing first.
  const shown = result.passed
    ? result.findings
    : [...failed, ...result.findings.filter((item) => item.passed)];
  list.append(...shown.map((finding) => findingItem(finding, lang, text)));
  verdict.replaceChildren(heading, list);
  showVerdictLink(root, verdict, result);
}
