/**
 * Opens a share link (`#share=<sample-id>~<code>`): keeps the shared code as that sample's draft,
 * apart from the visitor's own version, and shows it with a bar to choose between them
 * (draft-bar.browser.ts). It never runs the code: only the visitor's Run does that. The page
 * goes to the sample, or to the message saying why the link could not be opened, so the visitor
 * sees what happened; a link opened again (a `hashchange` in the same tab) replaces the last one.
 */
import { pageLocale } from "../../i18n/page-locale.browser.ts";
import { runnerText } from "../../i18n/runner-text.ts";
import { decodeSharedCode } from "../../learner/share-code.ts";
import { readShareFragment } from "../../learner/share-fragment.ts";
import { runBoxId } from "./run-box.ts";

function banner(className: string, message: string): HTMLElement {
  const element = document.createElement("div");
  element.className = `share-banner ${className}`;
  // A damaged link is announced at once; shared code is news, not an emergency.
  element.setAttribute("role", className === "error" ? "alert" : "status");
  element.dataset["shareBanner"] = className;
  const words = document.createElement("span");
  words.textContent = message;
  element.append(words);
  return element;
}

/** Brings a message into view and focus, so a visitor at the top of the page sees it. */
function show(message: HTMLElement): void {
  message.tabIndex = -1;
  message.scrollIntoView({ block: "center" });
  message.focus({ preventScroll: true });
}

/** Applies the share parameter of the current URL, or explains why it cannot. */
export async function openShareLink(roots: readonly HTMLElement[]): Promise<void> {
  const text = runnerText(pageLocale());
  const { id, code } = readShareFragment(location.hash) ?? { id: "", code: "" };
  const root = roots.find((candidate) => runBoxId(candidate) === id);
  // What a link opened earlier in this tab said about itself is out of date.
  // (A sample's draft bar stays: it speaks for the stored draft, which a damaged link leaves alone.)
  for (const old of document.querySelectorAll("[data-share-banner=error]")) old.remove();
  const main = document.querySelector("main");
  if (root === undefined) {
    const message = banner("error", id === "" ? text("shareMalformed") : text("shareUnknownSample"));
    main?.prepend(message);
    show(message);
    return;
  }
  const decoded = await decodeSharedCode(code);
  if (!decoded.ok) {
    const messages = {
      "too-long": "shareTooLong",
      "too-large": "shareTooLarge",
      malformed: "shareMalformed",
    } as const;
    const message = banner("error", text(messages[decoded.error]));
    root.prepend(message);
    show(message);
    return;
  }
  const runner = await import("./sample-controller.browser.ts");
  await runner.openDraft(root, decoded.code);
  // The link is opened once: the draft is stored now, so a reload shows the visitor's own version
  // with the draft one click away, rather than opening the link again over edits to the draft.
  history.replaceState(null, "", `${location.pathname}${location.search}#${root.id}`);
  root.scrollIntoView({ block: "start" });
}
