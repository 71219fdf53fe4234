/**
 * A line break in Markdown source renders as a space. Between two Chinese or Japanese characters
 * that space is a typo the author never typed ("代码。 秘诀", "非同期 処理"), because neither
 * language sets spaces between words, so the build joins such breaks. Korean does set spaces
 * between words, so a break beside Hangul stays a space, as CSS Text 3's segment break rule has
 * it (a break goes only when both sides are wide East Asian characters and neither is Hangul).
 * A break beside a Latin word or inline code stays a space, which is how mixed CJK and English
 * text is set; spaces typed on one line are left alone.
 */
import type { HastPluginDefinition } from "satteri";

// Han ideographs, kana (with the prolonged sound mark ー), CJK symbols and punctuation (、。「」),
// and full-width and half-width forms (，：？！ｶﾅ).
const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\u30fc\uff00-\uffef]/u;
// Hangul, including the half-width jamo in the range above: Korean keeps its spaces.
const hangul = /\p{Script=Hangul}/u;
const joins = (character: string) => cjk.test(character) && !hangul.test(character);
// Whitespace that holds at least one line break: what a source line break leaves in the text.
const lineBreak = /[ \t]*\n\s*/g;

/**
 * Removes every line break in `text` that sits between two Chinese or Japanese characters. `before` and `after`
 * are the characters just outside the text (from its neighbours, such as `<strong>`), so a break
 * at either end is judged too.
 *
 * @example
 * joinCjkLines("代码。\n秘诀") // "代码。秘诀"
 * joinCjkLines("使用\nasyncio") // "使用\nasyncio"
 * joinCjkLines("비동기\n프로그래밍") // "비동기\n프로그래밍"
 */
export function joinCjkLines(text: string, before = "", after = ""): string {
  return text.replace(lineBreak, (gap: string, offset: number) => {
    const previous = offset === 0 ? before.slice(-1) : text.charAt(offset - 1);
    const end = offset + gap.length;
    const next = end === text.length ? after.charAt(0) : text.charAt(end);
    return joins(previous) && joins(next) ? "" : gap;
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
