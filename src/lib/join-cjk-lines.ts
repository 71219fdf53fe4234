/**
 * A line break in Markdown source renders as a space. Between two Chinese characters that space is
 * a typo the author never typed ("代码。 秘诀"), because Chinese sets no spaces between words, so
 * the build joins such breaks. A break beside a Latin word or inline code stays a space, which is
 * how mixed Chinese and English text is set; spaces typed on one line are left alone.
 */
import type { HastPluginDefinition } from "satteri";

// Han ideographs, CJK symbols and punctuation (、。「」), and full-width forms (，：？！).
const cjk = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
// Whitespace that holds at least one line break: what a source line break leaves in the text.
const lineBreak = /[ \t]*\n\s*/g;

/**
 * Removes every line break in `text` that sits between two CJK characters. `before` and `after`
 * are the characters just outside the text (from its neighbours, such as `<strong>`), so a break
 * at either end is judged too.
 *
 * @example
 * joinCjkLines("代码。\n秘诀") // "代码。秘诀"
 * joinCjkLines("使用\nasyncio") // "使用\nasyncio"
 */
export function joinCjkLines(text: string, before = "", after = ""): string {
  return text.replace(lineBreak, (gap: string, offset: number) => {
    const previous = offset === 0 ? before.slice(-1) : text.charAt(offset - 1);
    const end = offset + gap.length;
    const next = end === text.length ? after.charAt(0) : text.charAt(end);
    return cjk.test(previous) && cjk.test(next) ? "" : gap;
  });
}

/**
 * The Sätteri hast plugin (Astro's Markdown and MDX pipeline) that applies {@link joinCjkLines} to
 * every text node, looking at its neighbours' text for the characters at its ends.
 */
export const joinCjkLinesPlugin: HastPluginDefinition = {
  name: "async-tour:join-cjk-lines",
  text(node, context) {
    if (!node.value.includes("\n")) return;
    const parent = context.parent(node);
    const index = context.indexOf(node);
    const siblingText = (at: number) => {
      const sibling = index === undefined ? undefined : parent.children[at];
      return sibling === undefined ? "" : context.textContent(sibling);
    };
    const joined = joinCjkLines(node.value, siblingText((index ?? 0) - 1), siblingText((index ?? 0) + 1));
    if (joined !== node.value) context.replaceNode(node, { type: "text", value: joined });
  },
};
