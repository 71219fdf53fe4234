/**
 * Where the reader's choice of sample layout (Python and TypeScript side by side, or stacked) is
 * kept. PageLayout's before-paint script repeats this key, because an inline script cannot import.
 */

/** The localStorage key of the sample layout: `"stacked"` or `"side-by-side"`. */
export const sampleLayoutKey = "async-tour:v1:sample-layout";
