/** The samples' layout switch (LayoutToggle.astro): side by side or stacked, remembered. */
import { browserStorage } from "../learner/browser-storage.ts";
import { storageKeys } from "../learner/storage-keys.ts";

const root = document.documentElement;
const toggles = [...document.querySelectorAll<HTMLButtonElement>("[data-layout-toggle]")];
const show = () => {
  const pressed = String(root.dataset["sampleLayout"] !== "stacked");
  for (const toggle of toggles) toggle.setAttribute("aria-pressed", pressed);
};
show();
for (const toggle of toggles) {
  toggle.addEventListener("click", () => {
    const next = root.dataset["sampleLayout"] === "stacked" ? "side-by-side" : "stacked";
    // Keep the pressed button where it was on screen, though the samples above change height.
    const before = toggle.getBoundingClientRect().top;
    root.dataset["sampleLayout"] = next;
    show();
    window.scrollBy(0, toggle.getBoundingClientRect().top - before);
    try {
      browserStorage().setItem(storageKeys.sampleLayout, next);
    } catch {
      // Storage can be blocked; the choice still holds on this page.
    }
  });
}
