/**
 * Highlighted code with fewer elements. A lesson shows every sample twice over (Python and
 * TypeScript), and Shiki's classic markup gives each line a wrapper and each token a span: most of
 * a lesson page's elements, and the layout work that delays its first paint. Here, tokens of one
 * colour run into one span, text in the block's own colours needs no span at all, and the line
 * wrappers go (the newlines between them already break the lines). The text and every character's
 * colour, in both themes, stay exactly as they were.
 */
import type { ShikiTransformer } from "shiki";
import { normalColour } from "./code-colour-pairs.ts";

type Element = Parameters<NonNullable<ShikiTransformer["code"]>>[0];
type Child = Element["children"][number];

const isElement = (node: Child): node is Element => node.type === "element";

/**
 * A style attribute's declarations, trimmed, without backgrounds (tokens have none of their own),
 * and with colours spelt one way: a theme's `#000000ff` token paints as its block's `#000000`.
 */
function declarations(style: unknown): string[] {
  return (typeof style === "string" ? style : "")
    .split(";")
    .map((declaration) => declaration.trim())
    .filter(
      (declaration) => declaration !== "" && !/^(background-color|--shiki-[a-z]+-bg):/.test(declaration),
    )
    .map((declaration) => {
      const colour = /^(color|--shiki-[a-z]+):(.*)$/.exec(declaration);
      return colour === null ? declaration : `${colour[1] ?? ""}:${normalColour(colour[2] ?? "")}`;
    });
}

/** The text colours a block gives its text, in every theme, as a token's style would spell them. */
function blockColours(style: unknown): string {
  return declarations(style)
    .filter((declaration) => /^(color|--shiki-[a-z]+):/.test(declaration))
    .join(";");
}

/** Replaces each line wrapper by its tokens, and each token in the block's own colours by its text. */
function flatten(children: Child[], plain: string): Child[] {
  return children.flatMap((child) => {
    if (!isElement(child)) return [child];
    // Shiki names classes with `class`, as HTML does, rather than hast's usual `className`.
    const classes = child.properties["class"];
    if (typeof classes === "string" && classes.split(" ").includes("line"))
      return flatten(child.children, plain);
    if (child.tagName === "span" && declarations(child.properties["style"]).join(";") === plain)
      return child.children;
    return [child];
  });
}

/**
 * A Shiki transformer for compact code.
 *
 * @example
 * <Code code={source} lang="ts" themes={codeThemes} transformers={[compactCode]} />
 */
export const compactCode: ShikiTransformer = {
  name: "async-tour:compact-code",
  preprocess(_code, options) {
    // Shiki reads this option after the transformers' preprocess step, so setting it here works
    // through components (Astro's <Code>) that do not pass it on.
    options.mergeSameStyleTokens = true;
  },
  pre(node) {
    const code = node.children.find(isElement);
    if (code === undefined) return;
    code.children = flatten(code.children, blockColours(node.properties["style"]));
  },
};
