import { codeToHast, type ShikiTransformer } from "shiki";
import { describe, expect, it } from "vitest";
import { normalColour } from "./code-colours.ts";
import { codeThemes } from "./code-themes.ts";
import { compactCode } from "./compact-code.ts";
import { readAllSamples } from "../samples/sample-files.node.ts";

type Root = Awaited<ReturnType<typeof codeToHast>>;
type Node = Root["children"][number];

const samples = readAllSamples().flatMap((sample) => [
  { name: `${sample.id}/main.ts`, lang: "ts", code: sample.typescript },
  { name: `${sample.id}/main.py`, lang: "python", code: sample.python },
]);

/** What a style does to text: its colours in each theme and its font style, nothing about boxes. */
const styleOf = (node: Node): string | undefined =>
  node.type === "element" && typeof node.properties["style"] === "string"
    ? node.properties["style"]
        .split(";")
        .map((declaration) => declaration.trim())
        .filter((declaration) => /^(color|--shiki-[a-z]+|font-[a-z]+|text-decoration):/.test(declaration))
        // A colour is the colour it paints, however it is spelt: `#000000FF` is `#000000`.
        .map((declaration) => declaration.replace(/#[0-9a-f]+$/i, normalColour))
        .join(";")
    : undefined;

/** Every character with the colours it is drawn in (its nearest styled element's). */
function paintedText(node: Node | Root, inherited = ""): string[] {
  // Code units, not graphemes: the samples are ASCII, and any split works if both sides use it.
  if (node.type === "text") return node.value.split("").map((unit) => `${unit}|${inherited}`);
  if (!("children" in node)) return [];
  const own = node.type === "element" ? (styleOf(node) ?? inherited) : inherited;
  return node.children.flatMap((child) => paintedText(child, own));
}

function elementCount(node: Node | Root): number {
  if (!("children" in node)) return 0;
  return (
    (node.type === "element" ? 1 : 0) + node.children.reduce((sum, child) => sum + elementCount(child), 0)
  );
}

/** Astro's <Code> adds its own declarations to the block's style; the block colours must survive that. */
const likeAstro: ShikiTransformer = {
  pre(node) {
    node.properties["style"] = `${String(node.properties["style"])}; overflow-x: auto;`;
  },
};

const highlightOnce = (code: string, lang: string, compact: boolean) =>
  codeToHast(code, {
    lang,
    themes: codeThemes,
    transformers: compact ? [likeAstro, compactCode] : [likeAstro],
    // Shiki stops tokenizing a line after 500 ms by default; on a busy machine that cut one of the
    // two renderings short and painted the rest of the line in other colours.
    tokenizeTimeLimit: 0,
  });

// Each rendering is made once: the count below reuses the colour tests' renderings, which halves
// this file's work (it ran past its time limit on a loaded machine when it highlighted all again).
const renderings = new Map<string, Promise<Root>>();
function highlight(code: string, lang: string, compact: boolean): Promise<Root> {
  const key = `${lang}|${String(compact)}|${code}`;
  let rendering = renderings.get(key);
  if (rendering === undefined) renderings.set(key, (rendering = highlightOnce(code, lang, compact)));
  return rendering;
}

describe("compactCode", () => {
  it.each(samples)("keeps every character's colours in both themes in $name", async ({ code, lang }) => {
    const [plain, compact] = await Promise.all([highlight(code, lang, false), highlight(code, lang, true)]);
    expect(paintedText(compact)).toEqual(paintedText(plain));
  });

  it("needs far fewer elements than Shiki's classic markup", async () => {
    let before = 0;
    let after = 0;
    for (const { code, lang } of samples) {
      before += elementCount(await highlight(code, lang, false));
      after += elementCount(await highlight(code, lang, true));
    }
    expect(after).toBeLessThan(before * 0.6);
  }, 60_000);
});
