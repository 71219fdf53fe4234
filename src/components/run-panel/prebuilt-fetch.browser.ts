/**
 * A sample's prebuilt run (prebuilt.ts) is a file of its own, named in its run output's
 * `data-prebuilt-run`. The fetch starts when the learner reaches for Run (lesson-page.browser.ts),
 * a few hundred milliseconds before the click, so the first Run seldom waits for it; a press with
 * no reach (Ctrl+Enter) starts it then. Kept tiny, with no imports: the lesson page loads it up
 * front; program.ts reads the JSON, and transpiles instead if it is damaged.
 */
const fetches = new WeakMap<HTMLElement, Promise<string>>();

/** The prebuilt run's JSON, or "" if it cannot be fetched (the Run then transpiles in the page). */
async function fetchJson(url: string): Promise<string> {
  try {
    const response = await fetch(url);
    return response.ok ? await response.text() : "";
  } catch {
    return "";
  }
}

/**
 * Starts fetching the prebuilt run of the sample at `root` (once) and resolves to its JSON, or to ""
 * when it has none or it could not be fetched.
 */
export function prebuiltJsonOf(root: HTMLElement): Promise<string> {
  let json = fetches.get(root);
  if (json === undefined) {
    const url = root.querySelector<HTMLElement>("[data-prebuilt-run]")?.dataset["prebuiltRun"];
    json = url === undefined ? Promise.resolve("") : fetchJson(url);
    fetches.set(root, json);
  }
  return json;
}
