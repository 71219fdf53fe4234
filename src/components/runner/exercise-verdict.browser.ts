/** Judges an exercise run with its check (serialised in `data-check`) and shows the verdict. */
import { ExerciseCheckSchema } from "../../exercises/check-schema.ts";
import { checkRun, type RunSummary } from "../../exercises/check.ts";
import { runnerText } from "../../i18n/runner-text.ts";

/** Shows the verdict under the exercise; returns whether the check passed. */
export function judgeExercise(root: HTMLElement, run: RunSummary): boolean {
  const check = ExerciseCheckSchema.parse(JSON.parse(root.dataset["check"] ?? "{}"));
  const result = checkRun(check, run);
  const lang = document.documentElement.lang.toLowerCase().startsWith("zh") ? "zh-cn" : "en";
  const text = runnerText(document.documentElement.lang);
  const verdict = root.querySelector<HTMLElement>("[data-check-result]");
  if (verdict === null) return result.passed;
  verdict.dataset["passed"] = String(result.passed);
  const heading = document.createElement("p");
  heading.textContent = result.passed ? text("checkPassed") : text("checkFailed");
  const list = document.createElement("ul");
  for (const finding of result.findings.filter((item) => !result.passed || item.passed)) {
    const item = document.createElement("li");
    item.dataset["passed"] = String(finding.passed);
    item.textContent = `${finding.passed ? "✓" : "✗"} ${finding.message[lang]}`;
    list.append(item);
  }
  verdict.replaceChildren(heading, list);
  return result.passed;
}
