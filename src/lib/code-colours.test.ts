import { codeToHast, codeToHtml } from "shiki";
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
    /^(\[data-theme="dark"\] )?\.astro-code \.([a-zA-Z]+)\{color:(#[0-9A-F]+)\}$/gm,
  ))
    (darkOnly === undefined ? light : dark).set(name ?? "", colour ?? "");
  return { light, dark };
}
const rules = rulesOf(codeColoursCss());

/** Each bare element's colours, light and dark, from the stylesheet. */
const bareColours = (tag: string): string =>
  `${new RegExp(`^\\.astro-code ${tag}\\{color:(#[0-9A-F]+)\\}$`, "m").exec(codeColoursCss())?.[1] ?? "?"}/${
    new RegExp(`^\\[data-theme="dark"\\] \\.astro-code ${tag}\\{color:(#[0-9A-F]+)\\}$`, "m").exec(
      codeColoursCss(),
    )?.[1] ?? "?"
  }`;

/** The class of a colour pair, from the stylesheet. */
function classOf(light: string, dark: string): string | undefined {
  return [...rules.light].find(([name, colour]) => colour === light && rules.dark.get(name) === dark)?.[0];
}

/**
 * An element's own colours, light and dark, from its class, or else its inline style, or else (a
 * block) the stylesheet's colours for every block.
 */
function coloursOf(node: Element): string | undefined {
  const classes = typeof node.properties["class"] === "string" ? node.properties["class"].split(" ") : [];
  const light = classes.map((name) => rules.light.get(name)).find((colour) => colour !== undefined);
  const dark = classes.map((name) => rules.dark.get(name)).find((colour) => colour !== undefined);
  if (light !== undefined || dark !== undefined) return `${light ?? "?"}/${dark ?? "?"}`;
  if (node.tagName === "i" || node.tagName === "b") return bareColours(node.tagName);
  const style = typeof node.properties["style"] === "string" ? node.properties["style"] : "";
  const inlineLight = /(?:^|;)\s*color:\s*([^;]+)/.exec(style)?.[1];
  const inlineDark = /--shiki-dark:\s*([^;]+)/.exec(style)?.[1];
  if (inlineLight === undefined && node.tagName === "pre")
    return coloursOf({ ...node, properties: { style: blockStyle } });
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

describe("codeColoursCss", () => {
  it("gives each colour pair one class, its dark colour under the dark theme only", () => {
    expect(classOf("#795E26", "#DCDCAA")).toBeDefined();
    expect(classOf("#AF00DB", "#C586C0")).toBeDefined();
    expect(bareColours("i")).toBe("#0000FF/#569CD6");
    expect(bareColours("b")).toBe("#001080/#9CDCFE");
    expect(rules.light.size).toBeGreaterThan(10);
    expect([...rules.dark.keys()]).toEqual([...rules.light.keys()]);
    // Every rule was read back (the blocks' own two aside): none is written in a shape the reader missed.
    const lines = codeColoursCss().split("\n");
    expect(lines.filter((line) => line.includes("{"))).toHaveLength(2 * rules.light.size + 7);
    expect(lines).toContain(`.astro-code{${blockStyle};overflow-x:auto}`);
  });
});

describe("codeColours", () => {
  it("makes a token an <i> of its pair's class and keeps other declarations inline", () => {
    const token = span("color:#795E26;--shiki-dark:#DCDCAA;font-style:italic");
    useColourClasses(pre(token));
    expect(token.tagName).toBe("i");
    expect(token.properties).toEqual({ class: classOf("#795E26", "#DCDCAA"), style: "font-style:italic" });
  });

  it("keeps the span and inline style of a pair the themes do not make", () => {
    const token = span("color:#123456;--shiki-dark:#DCDCAA");
    useColourClasses(pre(token));
    expect(token.tagName).toBe("span");
    expect(token.properties).toEqual({ style: "color:#123456;--shiki-dark:#DCDCAA" });
  });

  it("leaves a token with one theme's colour alone", () => {
    const token = span("color:#795E26");
    useColourClasses(pre(token));
    expect(token.properties).toEqual({ style: "color:#795E26" });
  });

  it("makes a keyword a bare <i> and a variable a bare <b>", () => {
    const keyword = span("color:#0000FF;--shiki-dark:#569CD6");
    const variable = span("color:#001080;--shiki-dark:#9CDCFE");
    useColourClasses(pre(keyword, variable));
    expect([keyword.tagName, variable.tagName]).toEqual(["i", "b"]);
    expect([keyword.properties, variable.properties]).toEqual([{}, {}]);
  });

  it("adds to a token's classes", () => {
    const token: Element = {
      ...span("color:#AF00DB;--shiki-dark:#C586C0"),
      properties: { class: "kw", style: "color:#AF00DB;--shiki-dark:#C586C0" },
    };
    useColourClasses(pre(token));
    expect(token.properties).toEqual({ class: `kw ${classOf("#AF00DB", "#C586C0") ?? "?"}` });
  });

  it("runs as a Shiki transformer, after compactCode, on the tokens and the block", async () => {
    const root = await codeToHast('print("hi")\n', {
      lang: "python",
      themes: codeThemes,
      transformers: [compactCode, codeColours],
    });
    const html = JSON.stringify(root);
    expect(html).toContain(`"tagName":"i","properties":{"class":"${classOf("#795E26", "#DCDCAA") ?? "?"}"}`);
    expect(html).not.toContain("--shiki-dark");
    const block = root.children.find((node) => node.type === "element");
    expect(block?.properties["class"]).toBe("shiki");
    expect(block?.properties).not.toHaveProperty("style");
  });

  it("writes a token's class without quotes in HTML, and its code's text as it was", async () => {
    const html = await codeToHtml('const x = "<i class=\\"a\\">";\n', {
      lang: "ts",
      themes: codeThemes,
      transformers: [compactCode, codeColours],
    });
    expect(html).toContain(`<i>const</i>`);
    expect(html).toContain(`<i class=${classOf("#A31515", "#CE9178") ?? "?"}>`);
    expect(html).toContain("&#x3C;i class=");
    expect(html).not.toContain('<i class="');
  });

  it("leaves a block's colours to the stylesheet only when they are the themes' own", () => {
    const own: Element = { ...pre(), properties: { style: `${blockStyle}; overflow-x: auto;` } };
    useColourClasses(own);
    expect(own.properties).toEqual({});
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
