/**
 * Token colours as classes, on the shortest element. Shiki paints each token of dual-theme code
 * with a span and an inline style, such as `<span style="color:#795E26;--shiki-dark:#DCDCAA">`:
 * about 50 bytes a token, a thousand tokens a chapter, and the largest part of its HTML. Here each
 * token is an `<i>` (the shortest inline element with no meaning to assistive technology; the
 * stylesheet undoes its italics) with one class naming its colour pair, light and dark
 * (`<i class=k>`), and one stylesheet, the same for every page (so it caches), holds what each
 * class means. Keywords and variables, the commonest pairs, are a bare `<i>` and `<b>`. The pairs
 * come from the two themes (code-colour-pairs.ts), not from the code a page shows, so the
 * stylesheet is complete before any page is built; a token whose pair is not among them keeps its
 * span and inline style rather than lose its colour. The block's own colours, the same on every
 * `<pre>`, and its scrolling go to the stylesheet too.
 */
import { normalizeTheme, type ShikiTransformer } from "shiki";
import { colourPairs, normalColour, pairKey, scopePair } from "./code-colour-pairs.ts";
import { codeThemes } from "./code-themes.ts";

export { normalColour } from "./code-colour-pairs.ts";

type Element = Parameters<NonNullable<ShikiTransformer["pre"]>>[0];

const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** A class name for the pair at this place: one letter for the first 52, then two. */
function nameAt(index: number): string {
  const last = letters[index % letters.length] ?? "";
  return index < letters.length ? last : `${letters[Math.floor(index / letters.length) - 1] ?? ""}${last}`;
}

/**
 * The two commonest pairs in the site's code, each a bare element of its own: keywords an `<i>`
 * (a quarter of the tokens), variables a `<b>` (a sixth; no role either, its weight undone).
 */
const bareTags: ReadonlyMap<string, "i" | "b"> = new Map([
  [scopePair(codeThemes.light, codeThemes.dark, "keyword"), "i"],
  [scopePair(codeThemes.light, codeThemes.dark, "variable"), "b"],
]);

/** Each other colour pair (as pairKey spells it) by its class. */
const pairClasses: ReadonlyMap<string, string> = new Map(
  colourPairs(codeThemes.light, codeThemes.dark)
    .filter((pair) => !bareTags.has(pair))
    .map((pair, index) => [pair, nameAt(index)]),
);

/**
 * A block's own colours, in both themes, as Shiki writes them on every `<pre>` and as the
 * stylesheet holds them instead. The variables stay: base.css's dark rule reads them.
 */
const lightTheme = normalizeTheme(codeThemes.light);
const darkTheme = normalizeTheme(codeThemes.dark);
const blockColours = new Map([
  ["background-color", normalColour(lightTheme.bg)],
  ["--shiki-dark-bg", normalColour(darkTheme.bg)],
  ["color", normalColour(lightTheme.fg)],
  ["--shiki-dark", normalColour(darkTheme.fg)],
]);

/** What Astro writes on every block and the stylesheet says once: long lines scroll. */
const blockScroll = ["overflow-x", "auto"] as const;

/** Shiki's and Astro's names on a block that nothing reads: the themes' names. */
const unreadClasses = new Set(["astro-code-themes", "shiki-themes", lightTheme.name, darkTheme.name]);

/**
 * The stylesheet for the classes: the blocks' colours and scrolling, each pair's light colour,
 * and its dark colour under the site's dark theme (`html[data-theme="dark"]`, as base.css switches
 * the code blocks). A class outweighs a bare element's rule in either theme.
 */
export function codeColoursCss(): string {
  const block = [...blockColours, blockScroll].map(([property, value]) => `${property}:${value}`).join(";");
  const pairs = [...pairClasses].map(([pair, name]) => [name, ...pair.split("/")] as const);
  const bare = [...bareTags].map(([pair, tag]) => [tag, ...pair.split("/")] as const);
  const rules = [
    `.astro-code{${block}}`,
    ".astro-code i{font-style:normal}",
    ".astro-code b{font-weight:inherit}",
    ...bare.map(([tag, light]) => `.astro-code ${tag}{color:${light ?? ""}}`),
    ...bare.map(([tag, , dark]) => `[data-theme="dark"] .astro-code ${tag}{color:${dark ?? ""}}`),
    ...pairs.map(([name, light]) => `.astro-code .${name}{color:${light ?? ""}}`),
    ...pairs.map(([name, , dark]) => `[data-theme="dark"] .astro-code .${name}{color:${dark ?? ""}}`),
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

/** Sets the declarations left of a style, or drops the attribute when none is. */
function keepStyle(node: Element, rest: [string, string][]): void {
  if (rest.length === 0) delete node.properties["style"];
  else node.properties["style"] = rest.map(([name, value]) => `${name}:${value}`).join(";");
}

/** Adds a class to an element's (Shiki names them with `class`, as HTML does, not `className`). */
function addClass(node: Element, name: string): void {
  const classes = node.properties["class"];
  node.properties["class"] = [typeof classes === "string" ? classes : "", name].join(" ").trim();
}

/** Makes one token a bare `<i>` or `<b>`, or an `<i>` of its pair's class, if its pair has either. */
function classify(node: Element): void {
  const style = node.properties["style"];
  if (node.tagName !== "span" || typeof style !== "string") return;
  const declarations = declarationsOf(style);
  const colourOf = (property: string) => declarations.find(([name]) => name === property)?.[1];
  const light = colourOf("color");
  const dark = colourOf("--shiki-dark");
  if (light === undefined || dark === undefined) return;
  const pair = pairKey(light, dark);
  const name = pairClasses.get(pair);
  const bare = bareTags.get(pair);
  if (name === undefined && bare === undefined) return;
  node.tagName = bare ?? "i";
  if (name !== undefined) addClass(node, name);
  // Anything else (a font style, say) stays inline.
  keepStyle(
    node,
    declarations.filter(([property]) => property !== "color" && property !== "--shiki-dark"),
  );
}

/** Leaves to the stylesheet a block's own colours, if they are the themes' own, and its scrolling. */
function classifyBlock(node: Element): void {
  const classes = node.properties["class"];
  if (typeof classes === "string")
    node.properties["class"] = classes
      .split(" ")
      .filter((name) => !unreadClasses.has(name))
      .join(" ");
  const style = node.properties["style"];
  if (typeof style !== "string") return;
  const declarations = declarationsOf(style);
  const own = declarations.filter(([name]) => blockColours.has(name));
  const matches = own.every(([name, value]) => blockColours.get(name) === normalColour(value));
  const colours = own.length === blockColours.size && matches;
  keepStyle(
    node,
    declarations.filter(
      ([name, value]) =>
        !(colours && blockColours.has(name)) && !(name === blockScroll[0] && value === blockScroll[1]),
    ),
  );
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
  // Astro names the language on the block; nothing reads it.
  delete pre.properties["dataLanguage"];
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
  postprocess(html) {
    // A token's class needs no quotes (hast writes them all quoted). The code's own text cannot
    // match: its `<` is written `&lt;`. Markdown's code is serialised elsewhere and keeps them.
    return html.replace(/<i class="([a-zA-Z]+)">/g, "<i class=$1>");
  },
};
