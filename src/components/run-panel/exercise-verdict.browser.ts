/**
 * An exercise's side of a Run: before it, the check (serialised in `data-check`) picks this run's
 * words and adds its probe to the program; after it, the run's records are judged and the verdict
 * is shown. The verdict comes from the run result alone, never from what the page shows.
 */
import { ExerciseCheckSchema } from "../../exercises/check-schema.ts";
import { checkRun, summaryOf, type CheckResult } from "../../exercises/check.ts";
import { pickWords } from "../../exercises/check-words.ts";
import { exerciseProgram, type ExerciseProgram } from "../../exercises/probe-program.ts";
import { pageLocale } from "../../i18n/page-locale.browser.ts";
import { runnerText } from "../../i18n/runner-text.ts";
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
  const check = ExerciseCheckSchema.parse(JSON.parse(root.dataset["check"] ?? "{}"));
  const words = pickWords(check.words);
  return {
    program: (code) => exerciseProgram(code, check, words),
    judge: (run) => showVerdict(root, checkRun(check, summaryOf(run), words)),
  };
}

function showVerdict(root: HTMLElement, result: CheckResult): boolean {
  const lang = pageLocale();
  const text = runnerText(lang);
  const verdict = root.querySelector<HTMLElement>("[data-check-result]");
  if (verdict === null) return result.passed;
  verdict.dataset["passed"] = String(result.passed);
  const heading = document.createElement("p");
  heading.textContent = result.passed ? text("checkPassed") : text("checkFailed");
  const list = document.createElement("ul");
  for (const finding of result.findings.filter((item) => !result.passed || item.passed)) {
    const item = document.createElement("li");
    item.dataset["passed"] = String(finding.passed);
    item.textContent = `${finding.passed ? "✓" : "✗"} ${wordFinding(finding.message, lang)}`;
    list.append(item);
  }
  verdict.replaceChildren(heading, list);
  return result.passed;
}
