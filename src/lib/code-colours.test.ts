import { codeToHast } from "shiki";
import { describe, expect, it } from "vitest";
import { useColourClasses, codeColours, codeColoursCss, normalColour } from "./code-colours.ts";
import { codeThemes } from "./code-themes.ts";
import { compactCode } from "./compact-code.ts";
import { readAllExercises } from "../exercises/exercise-files.node.ts";
import { readAllSamples } from "../samples/sample-files.node.ts";

type Element = Parameters<typeof useColourClasses>[0];
type Node = Element["children"][number];

const sources = [
  ...readAllSamples().flatMap((sample) => [
    { name: `${sample.id}/main.ts`, lang: "ts", code: sample.typescript },
    { name: `${sample.id}/main.py`, lang: "python", code: sample.python },
  ]),
  ...readAllExercises().flatMap((exercise) => [
    { name: `${exercise.id}/start.ts`, lang: "ts", code: exercise.start },
    { name: `${exercise.id}/solution.ts`, lang: "ts", code: exercise.solution },
  ]),
];

/** The themes' own block colours, as Shiki writes them on a <pre> and the block class holds them. */
const blockStyle = "background-color:#FFFFFF;--shiki-dark-bg:#1E1E1E;color:#000000;--shiki-dark:#D4D4D4";

/** The stylesheet read back: each class's colour in the light theme and in the dark one. */
function rulesOf(css: string): { light: Map<string, string>; dark: Map<string, string> } {
  const light = new Map<string, string>();
  const dark = new Map<string, string>();
  for (const [, darkOnly, name, colour] of css.matchAll(
    /^(\[data-theme="dark"\] )?\.astro-code \.([a-z0-9]+)\{color:(#[0-9A-F]+)\}$/gm,
  ))
    (darkOnly === undefined ? light : dark).set(name ?? "", colour ?? "");
  return { light, dark };
}
const rules = rulesOf(codeColoursCss());

/** An element's own colours, light and dark, from its classes or else its inline style. */
function coloursOf(node: Element): string | undefined {
  const classes = typeof node.properties["class"] === "string" ? node.properties["class"].split(" ") : [];
  const light = classes.map((name) => rules.light.get(name)).find((colour) => colour !== undefined);
  const dark = classes.map((name) => rules.dark.get(name)).find((colour) => colour !== undefined);
  if (light !== undefined || dark !== undefined) return `${light ?? "?"}/${dark ?? "?"}`;
  const style = classes.includes("block-colours")
    ? blockStyle
    : typeof node.properties["style"] === "string"
      ? node.properties["style"]
      : "";
  const inlineLight = /(?:^|;)\s*color:\s*([^;]+)/.exec(style)?.[1];
  const inlineDark = /--shiki-dark:\s*([^;]+)/.exec(style)?.[1];
  return inlineLight === undefined
    ? undefined
    : `${normalColour(inlineLight)}/${normalColour(inlineDark ?? "?")}`;
}

/** Every character with the colours it is drawn in (its nearest coloured element's). */
function paintedText(node: Node, inherited = ""): string[] {
  if (node.type === "text") return node.value.split("").map((unit) => `${unit}|${inherited}`);
  if (node.type !== "element") return [];
  const own = coloursOf(node) ?? inherited;
  return node.children.flatMap((child) => paintedText(child, own));
}

const preOf = async (code: string, lang: string): Promise<Element> => {
  const root = await codeToHast(code, {
    lang,
    themes: codeThemes,
    transformers: [compactCode],
    tokenizeTimeLimit: 0,
  });
  const pre = root.children.find((node) => node.type === "element");
  if (pre === undefined) throw new Error("Shiki made no <pre>.");
  return pre;
};

const span = (style: string): Element => ({
  type: "element",
  tagName: "span",
  properties: { style },
  children: [{ type: "text", value: "x" }],
});
const pre = (...children: Element[]): Element => ({
  type: "element",
  tagName: "pre",
  properties: {},
  children,
});

describe("normalColour", () => {
  it.each([
    ["#000000ff", "#000000"],
    ["#795e26", "#795E26"],
    [" #AbCdEf ", "#ABCDEF"],
    ["#00000080", "#00000080"],
    ["#fff", "#FFF"],
  ])("writes %j as %j", (colour, normal) => {
    expect(normalColour(colour)).toBe(normal);
  });
});

describe("codeColoursCss", () => {
  it("gives each theme's colours their own classes, the dark ones under the dark theme only", () => {
    expect(rules.light.get("l2")).toBe("#0000FF");
    expect(rules.dark.get("d3")).toBe("#569CD6");
    expect(rules.light.size).toBeGreaterThan(10);
    expect(rules.dark.size).toBeGreaterThan(10);
    const names = [...rules.light.keys(), ...rules.dark.keys()];
    expect(new Set(names).size).toBe(names.length);
    // Every rule was read back (the block's aside): none is written in a shape the reader missed.
    const lines = codeColoursCss().split("\n");
    expect(lines.filter((line) => line.includes("{"))).toHaveLength(names.length + 1);
    expect(lines).toContain(`.astro-code.block-colours{${blockStyle}}`);
  });
});

describe("codeColours", () => {
  it("moves a token's colour pair to classes and keeps other declarations inline", () => {
    const token = span("color:#795E26;--shiki-dark:#DCDCAA;font-style:italic");
    useColourClasses(pre(token));
    expect(token.properties).toEqual({ class: "l9 dg", style: "font-style:italic" });
  });

  it("keeps the inline style of a colour outside the themes' palettes", () => {
    const token = span("color:#123456;--shiki-dark:#DCDCAA");
    useColourClasses(pre(token));
    expect(token.properties).toEqual({ style: "color:#123456;--shiki-dark:#DCDCAA" });
  });

  it("leaves a token with one theme's colour alone", () => {
    const token = span("color:#795E26");
    useColourClasses(pre(token));
    expect(token.properties).toEqual({ style: "color:#795E26" });
  });

  it("adds to a token's classes", () => {
    const token: Element = {
      ...span("color:#0000FF;--shiki-dark:#569CD6"),
      properties: { class: "kw", style: "color:#0000FF;--shiki-dark:#569CD6" },
    };
    useColourClasses(pre(token));
    expect(token.properties).toEqual({ class: "kw l2 d3" });
  });

  it("runs as a Shiki transformer, after compactCode, on the tokens and the block", async () => {
    const root = await codeToHast('print("hi")\n', {
      lang: "python",
      themes: codeThemes,
      transformers: [compactCode, codeColours],
    });
    const html = JSON.stringify(root);
    expect(html).toContain('"class":"l9 dg"');
    expect(html).not.toContain("--shiki-dark");
    const block = root.children.find((node) => node.type === "element");
    expect(block?.properties["class"]).toBe("shiki shiki-themes light-plus dark-plus block-colours");
    expect(block?.properties).not.toHaveProperty("style");
  });

  it("moves a block's colours to its class only when they are the themes' own", () => {
    const own: Element = { ...pre(), properties: { style: `${blockStyle}; overflow-x: auto;` } };
    useColourClasses(own);
    expect(own.properties).toEqual({ class: "block-colours", style: "overflow-x:auto" });
    const other: Element = { ...pre(), properties: { style: blockStyle.replace("#1E1E1E", "#000000") } };
    useColourClasses(other);
    expect(other.properties).toEqual({ style: blockStyle.replace("#1E1E1E", "#000000") });
  });

  it.each(sources)(
    "keeps every character's colours, and leaves no inline colour on a token, in $name",
    async ({ code, lang }) => {
      const styled = await preOf(code, lang);
      const classed = structuredClone(styled);
      useColourClasses(classed);
      expect(paintedText(classed)).toEqual(paintedText(styled));
      const inline = JSON.stringify(classed.children).match(/--shiki-dark:/g) ?? [];
      expect(inline).toHaveLength(0);
    },
    30_000,
  );
});
