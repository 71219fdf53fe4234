/**
 * Says, once per page, that the browser's storage did not keep an edit (full, or blocked). The
 * edit itself stays in the page: shown in its sample, and what Run runs. Saying it on every key
 * press would bury the learner in notices; saying it never is how edits were silently lost.
 */
import { part, text } from "./sample-state.browser.ts";

let said = false;

/** Shows the notice under the code of the sample whose edit was not kept, unless it was shown. */
export function sayEditNotKept(root: HTMLElement): void {
  if (said) return;
  said = true;
  const notice = document.createElement("p");
  notice.className = "share-banner error";
  notice.dataset["storageNotice"] = "";
  notice.setAttribute("role", "status");
  // Text only: nothing in it comes from the learner, but a notice is never markup.
  notice.textContent = text("storageRefused");
  part(root, '[data-editor="ts"]').after(notice);
}
