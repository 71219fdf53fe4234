/**
 * An exercise's side of a Run: before it, the check (validated at build time and shipped in
 * `data-check`, see shipped-check.ts; no schema library reaches the page) picks this run's
 * words and adds its probe to the program; after it, the run's records are judged and the verdict
 * is shown. The verdict comes from the run result alone, never from what the page shows.
 */
import { checkRun, summaryOf, type CheckResult, type Finding } from "../../exercises/check.ts";
import { pickWords } from "../../exercises/check-words.ts";
import { exerciseProgram, type ExerciseProgram } from "../../exercises/probe-program.ts";
import { readShippedCheck } from "../../exercises/shipped-check.ts";
import { pageLocale } from "../../i18n/page-locale.browser.ts";
import type { LocaleCode } from "../../i18n/locales.ts";
import { runnerText, type RunnerTextKey } from "../../i18n/runner-text.ts";
import type { Translate } from "../../i18n/translate.ts";
import { wordFinding } from "../../i18n/text/findings.ts";
import type { FinishedRun } from "../../runner/run-result.ts";

/** One run of an exercise, from program to verdict. */
export interface ExerciseRun {
  /** The program to run: the learner's code, and the check's probe to run after it. */
  program(code: string): ExerciseProgram;
  /** Judges the run's result, shows the verdict under the exercise, and says whether it passed. */
  judge(run: FinishedRun): boolean;
}

/** Reads the exercise's check and picks fresh words for one run. */
export function prepareExerciseRun(root: HTMLElement): ExerciseRun {
  const check = readShippedCheck(root.dataset["check"] ?? "");
  const words = pickWords(check.words);
  return {
    program: (code) => exerciseProgram(code, check, words),
    judge: (run) => showVerdict(root, checkRun(check, summaryOf(run), words)),
  };
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

/** The link beside Run that says how the check went and jumps to the verdict, wherever it is. */
function showVerdictLink(root: HTMLElement, verdict: HTMLElement, result: CheckResult): void {
  const link = root.querySelector<HTMLAnchorElement>("[data-verdict-link]");
  if (link === null) return;
  const text = runnerText(pageLocale());
  link.textContent = result.passed ? text("verdictLinkPassed") : text("verdictLinkFailed");
  link.dataset["passed"] = String(result.passed);
  link.hidden = false;
  link.onclick = (event) => {
    event.preventDefault();
    verdict.scrollIntoView({ block: "nearest" });
    verdict.focus({ preventScroll: true });
  };
}

function showVerdict(root: HTMLElement, result: CheckResult): boolean {
  const lang = pageLocale();
  const text = runnerText(lang);
  const verdict = root.querySelector<HTMLElement>("[data-check-result]");
  if (verdict === null) return result.passed;
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
  return result.passed;
}
