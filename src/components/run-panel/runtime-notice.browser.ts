/**
 * The runtime notice, inside the sample that ran, under its exit line: which runtime takes the run
 * and why, in plain words, and the switch that helps. It is kept up to date as Node.js becomes ready
 * or fails, and a switch applies to the next run: the output on the page stays as it is.
 */
import { pageLocale } from "../../i18n/page-locale.browser.ts";
import { runnerText, wordSentences } from "../../i18n/runner-text.ts";
import { bootBudgetMs, type RuntimeChoice } from "../../runner/select-host.ts";
import { runtimeNoticeContent, type RanOn } from "./runtime-notice-text.ts";

const text = runnerText(pageLocale());
const ranOf = new WeakMap<HTMLElement, RanOn>();
/** The notice of the latest run: the only one read out when it changes, so a screen reader hears one. */
let spoken: HTMLElement | undefined;

function render(notice: HTMLElement, choice: RuntimeChoice): void {
  const ran = ranOf.get(notice);
  if (ran === undefined) return;
  const content = runtimeNoticeContent(ran, choice.status(), bootBudgetMs);
  notice.dataset["runtimeNotice"] = ran.kind;
  const [message, button] = notice.children;
  if (message instanceof HTMLElement) message.textContent = wordSentences(content.sentences, text);
  if (!(button instanceof HTMLButtonElement)) return;
  button.hidden = content.action === undefined;
  if (content.action === undefined) return;
  button.dataset["runtimeSwitch"] = content.action;
  button.textContent = content.label === undefined ? "" : text(content.label);
}

function create(choice: RuntimeChoice): HTMLElement {
  const notice = document.createElement("div");
  notice.className = "runtime-notice";
  const message = document.createElement("span");
  const button = document.createElement("button");
  button.type = "button";
  button.addEventListener("click", () => {
    const action = button.dataset["runtimeSwitch"];
    if (action === "use-worker") choice.useWorker();
    else if (action === "use-node" || action === "try-again") choice.tryWebContainer();
  });
  notice.append(message, " ", button);
  choice.subscribe(() => render(notice, choice));
  return notice;
}

/** Shows (or updates) the notice of the sample `root` for a run given `ran`. */
export function showRuntimeNotice(root: HTMLElement, choice: RuntimeChoice, ran: RanOn): void {
  root.dataset["ranIn"] = ran.kind;
  let notice = root.querySelector<HTMLElement>(".run-output > [data-runtime-notice]");
  if (notice === null) {
    notice = create(choice);
    const exitLine = root.querySelector(".run-output > [data-exit-status]");
    if (exitLine !== null) exitLine.after(notice);
    else root.querySelector(".run-output")?.append(notice);
  }
  notice.hidden = false;
  ranOf.set(notice, ran);
  if (spoken !== notice) {
    spoken?.removeAttribute("role");
    notice.setAttribute("role", "status");
    spoken = notice;
  }
  render(notice, choice);
}

/** Hides the sample's notice: nothing ran (a syntax error), so no runtime took this run. */
export function hideRuntimeNotice(root: HTMLElement): void {
  const notice = root.querySelector<HTMLElement>(".run-output > [data-runtime-notice]");
  if (notice !== null) notice.hidden = true;
}
