/**
 * A sample whose Python prints differently shows both expected outputs as tabs (Sample.astro).
 * Running the Python in the page brings its tab forward, so the output is compared with the right
 * one.
 */
import { enhanceTabGroup } from "./tab-group.browser.ts";

for (const root of document.querySelectorAll<HTMLElement>("[data-expected-tabs]")) {
  const group = enhanceTabGroup(root);
  const sample = root.closest<HTMLElement>("[data-sample]");
  sample?.addEventListener("click", (event) => {
    const action = (event.target as HTMLElement).closest<HTMLElement>("[data-action]")?.dataset["action"];
    if (action === "run-python") group.select("python");
    else if (action === "run") group.select("typescript");
  });
}
