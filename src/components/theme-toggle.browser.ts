/** The header's theme switch: flips light and dark, remembered in the browser's storage. */
import { browserStorage } from "../learner/browser-storage.ts";
import { storageKeys } from "../learner/storage-keys.ts";

// A module script: it runs once however many toggles the page has.
for (const button of document.querySelectorAll<HTMLButtonElement>("[data-theme-toggle]")) {
  button.addEventListener("click", () => {
    const next = document.documentElement.dataset["theme"] === "dark" ? "light" : "dark";
    document.documentElement.dataset["theme"] = next;
    try {
      browserStorage().setItem(storageKeys.theme, next);
    } catch {
      // Storage can be blocked; the switch still works for this page.
    }
  });
}
