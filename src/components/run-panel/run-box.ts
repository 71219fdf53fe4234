/**
 * What the page's scripts call a run box: a sample (`data-sample`) or an exercise
 * (`data-exercise`), each named by its own attribute. Kept tiny and apart, since the lesson page's
 * first script needs it before anything else loads.
 */

/** Every box on a page that runs code: samples and exercises. */
export const runBoxSelector = "[data-sample], [data-exercise]";

/** The id of a sample or an exercise box (its folder name under src/content/). */
export function runBoxId(root: HTMLElement): string {
  return root.dataset["sample"] ?? root.dataset["exercise"] ?? "";
}
