/**
 * Token colours as classes. Shiki paints each token of dual-theme code with an inline style, such
 * as `style="color:#795E26;--shiki-dark:#DCDCAA"`: about 40 bytes a token, a thousand tokens a
 * chapter, and the largest part of its HTML. Here each token names its light colour and its dark
 * colour by a class instead (`class="l9 dc"`), and one stylesheet, the same for every page (so it
 * caches), holds what each class means. The classes come from the two themes' palettes, not from
 * the code a page shows, so the stylesheet is complete before any page is built; a colour outside
 * the palettes (there should be none) keeps its inline style rather than lose its colour. The
 * block's own colours, the same on every `<pre>`, go to one class as well.
 */
import { normalizeTheme, type ShikiTransformer, type ThemeRegistrationAny } from "shiki";
import { codeThemes } from "./code-themes.ts";

type Element = Parameters<NonNullable<ShikiTransformer["pre"]>>[0];

/**
 * A colour as Shiki writes it in a token's style: in capitals (its colour map stores them so), and
 * without an opaque alpha (`#000000ff` paints as `#000000`).
 *
 * @example
 * normalColour("#000000ff"); // "#000000"
 */
export function normalColour(colour: string): string {
  const capitals = colour.trim().toUpperCase();
  return /^#[0-9A-F]{6}FF$/.test(capitals) ? capitals.slice(0, 7) : capitals;
}

/** Each colour a theme gives text, named by a class: `prefix` and its place in the sorted palette. */
function classesOf(theme: ThemeRegistrationAny, prefix: string): ReadonlyMap<string, string> {
  const resolved = normalizeTheme(theme);
  const colours = [resolved.fg, ...resolved.settings.map(({ settings }) => settings.foreground)]
    .filter((colour) => colour !== undefined)
    .map(normalColour);
  const palette = [...new Set(colours)].sort();
  return new Map(palette.map((colour, index) => [colour, `${prefix}${index.toString(36)}`]));
}

const lightClasses = classesOf(codeThemes.light, "l");
const darkClasses = classesOf(codeThemes.dark, "d");

/**
 * A block's own colours, in both themes, as Shiki writes them on every `<pre>` and as one class
 * holds them instead. The variables stay: base.css's dark rule reads them.
 */
const blockClass = "block-colours";
const lightTheme = normalizeTheme(codeThemes.light);
const darkTheme = normalizeTheme(codeThemes.dark);
const blockColours = new Map([
  ["background-color", normalColour(lightTheme.bg)],
  ["--shiki-dark-bg", normalColour(darkTheme.bg)],
  ["color", normalColour(lightTheme.fg)],
  ["--shiki-dark", normalColour(darkTheme.fg)],
]);

/**
 * The stylesheet for the classes: each light class's colour, and each dark class's colour under
 * the site's dark theme (`html[data-theme="dark"]`, as base.css switches the code blocks).
 */
export function codeColoursCss(): string {
  const block = [...blockColours].map(([property, colour]) => `${property}:${colour}`).join(";");
  const rules = [
    `.astro-code.${blockClass}{${block}}`,
    ...[...lightClasses].map(([colour, name]) => `.astro-code .${name}{color:${colour}}`),
    ...[...darkClasses].map(([colour, name]) => `[data-theme="dark"] .astro-code .${name}{color:${colour}}`),
  ];
  return `/* Token colours of highlighted code, made by src/lib/code-colours.ts. */\n${rules.join("\n")}\n`;
}

/** A style attribute split into its declarations, each as [property, value]. */
function declarationsOf(style: string): [string, string][] {
  return style
    .split(";")
    .map((declaration) => declaration.trim())
    .filter((declaration) => declaration !== "")
    .map((declaration) => {
      const colon = declaration.indexOf(":");
      return [declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim()];
    });
}

/** Moves one token's colour pair from its style to its classes, if both colours have a class. */
function classify(node: Element): void {
  const style = node.properties["style"];
  if (typeof style !== "string") return;
  const declarations = declarationsOf(style);
  const colourOf = (property: string) => declarations.find(([name]) => name === property)?.[1];
  const light = lightClasses.get(normalColour(colourOf("color") ?? ""));
  const dark = darkClasses.get(normalColour(colourOf("--shiki-dark") ?? ""));
  if (light === undefined || dark === undefined) return;
  // Shiki names classes with `class`, as HTML does, rather than hast's usual `className`.
  const classes = node.properties["class"];
  node.properties["class"] = [typeof classes === "string" ? classes : "", light, dark].join(" ").trim();
  // Anything else (a font style, say) stays inline.
  const rest = declarations.filter(([name]) => name !== "color" && name !== "--shiki-dark");
  if (rest.length === 0) delete node.properties["style"];
  else node.properties["style"] = rest.map(([name, value]) => `${name}:${value}`).join(";");
}

/** Moves a block's own colours from its style to its class, if they are the themes' own. */
function classifyBlock(node: Element): void {
  const style = node.properties["style"];
  if (typeof style !== "string") return;
  const declarations = declarationsOf(style);
  const own = declarations.filter(([name]) => blockColours.has(name));
  const matches = own.every(([name, value]) => blockColours.get(name) === normalColour(value));
  if (own.length !== blockColours.size || !matches) return;
  const classes = node.properties["class"];
  node.properties["class"] = [typeof classes === "string" ? classes : "", blockClass].join(" ").trim();
  // Astro's `overflow-x: auto` and anything else stays inline.
  const rest = declarations.filter(([name]) => !blockColours.has(name));
  if (rest.length === 0) delete node.properties["style"];
  else node.properties["style"] = rest.map(([name, value]) => `${name}:${value}`).join(";");
}

function classifyTokens(node: Element): void {
  for (const child of node.children) {
    if (child.type !== "element") continue;
    classify(child);
    classifyTokens(child);
  }
}

/** Gives a highlighted `<pre>` and every token in it colour classes in place of inline colours. */
export function useColourClasses(pre: Element): void {
  classifyTokens(pre);
  classifyBlock(pre);
}

/**
 * A Shiki transformer that gives tokens, and the block, colour classes instead of inline colours.
 * Put it after compactCode, which reads the styles.
 *
 * @example
 * <Code code={source} lang="ts" themes={codeThemes} transformers={[compactCode, codeColours]} />
 */
export const codeColours: ShikiTransformer = {
  name: "async-tour:code-colours",
  pre(node) {
    useColourClasses(node);
  },
};
