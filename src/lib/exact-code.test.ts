import { createShikiHighlighter } from "@astrojs/internal-helpers/shiki";
import { describe, expect, it } from "vitest";
import { codeColours } from "./code-colours.ts";
import { codeThemes } from "./code-themes.ts";
import { compactCode } from "./compact-code.ts";
import { exactCode } from "./exact-code.ts";
import { patientTokenizer } from "./patient-tokenizer.ts";
import { readAllExercises } from "../exercises/exercise-files.node.ts";
import { readAllSamples } from "../samples/sample-files.node.ts";

type Root = Awaited<ReturnType<Awaited<ReturnType<typeof createShikiHighlighter>>["codeToHast"]>>;
type Node = Root | Root["children"][number];

// The code the page reads back from a sample's highlighted <pre>: Reset, Run, Copy and the editor
// all start from it (sample-state.browser.ts, python-controller.browser.ts).
const sources = [
  ...readAllSamples().flatMap((sample) => [
    { name: `${sample.id}/main.ts`, lang: "ts", code: sample.typescript },
    { name: `${sample.id}/main.py`, lang: "python", code: sample.python },
  ]),
  ...readAllExercises().map((exercise) => ({
    name: `${exercise.id}/start.ts`,
    lang: "ts",
    code: exercise.start,
  })),
];

/** The text of a tree, as `textContent` reads it in the page. */
const textOf = (node: Node): string =>
  node.type === "text" ? node.value : "children" in node ? node.children.map(textOf).join("") : "";

// Astro's own highlighter, as its <Code> calls it, so its dropping of a final newline is tested too.
const highlighter = await createShikiHighlighter({ themes: codeThemes, langs: [] });
const transformers = [patientTokenizer, compactCode, codeColours];

describe("exactCode", () => {
  it.each(sources)("gives a <pre> whose text is $name exactly", async ({ code, lang }) => {
    const root = await highlighter.codeToHast(exactCode(code), lang, { transformers });
    expect(textOf(root)).toBe(code);
    // The HTML parser reads a carriage return as a newline, so none may be in the source.
    expect(code).not.toContain("\r");
  });

  it("keeps a final newline, and code without one", async () => {
    for (const code of ["a = 1\n", "a = 1", "a = 1\n\n"]) {
      const root = await highlighter.codeToHast(exactCode(code), "python", { transformers });
      expect(textOf(root)).toBe(code);
    }
  });
});
