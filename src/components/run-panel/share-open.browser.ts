/**
 * Opens a share link (`#share=<sample-id>~<code>`): puts the shared code in that sample's editor
 * with a banner and a way back. It never runs the code: only the visitor's Run does that. The page
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
  // What a link opened earlier in this tab said about this sample (or about itself) is out of date.
  for (const old of document.querySelectorAll("[data-share-banner]")) {
    if (old.matches("[data-share-banner=error]") || old.parentElement === root) old.remove();
  }
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
  // The visitor's own version: their stored edit of this sample, or else the original.
  const state = runner.stateOf(root);
  const own = runner.ownCode(root);
  const hasOwnEdit = own !== state.original;
  // Shared code is shown, not saved over the visitor's own edit until they change it.
  await runner.showSharedCode(root, decoded.code);
  const editor = await runner.activateEditor(root);
  root.dataset["shared"] = "true";
  const notice = banner("shared", text("sharedBanner"));
  const back = document.createElement("button");
  back.type = "button";
  back.textContent = text(hasOwnEdit ? "backToYourEdit" : "backToOriginal");
  back.addEventListener("click", () => {
    editor.setCode(own);
    runner.codeChanged(root, own);
    delete root.dataset["shared"];
    notice.remove();
    history.replaceState(null, "", `${location.pathname}#${root.id}`);
  });
  notice.append(" ", back);
  root.prepend(notice);
  root.scrollIntoView({ block: "start" });
}
