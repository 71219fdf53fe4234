/**
 * A span rule's label pattern, read back as words a learner knows: the check picks rows with a
 * regular expression such as `^GET /delay/1000\?id=[1-5]$`, but the verdict must name them the way
 * the timeline does ("GET /delay/1000?id=1–5"), never as the pattern. Only plain patterns can be
 * read back; for any other the verdict names the kind of row alone. Locale-free: the wording
 * (src/i18n/text/findings.ts) joins the parts in its own language.
 */

/** One piece of a readable label: literal text, one of some alternatives, or a range of characters. */
export type LabelPart =
  | { kind: "text"; text: string }
  | { kind: "oneOf"; options: string[] }
  | { kind: "range"; from: string; to: string };

/** A label pattern read back: its parts, and whether the label may go on after them. */
export interface ReadableLabel {
  parts: LabelPart[];
  /** True when the pattern has no `$`: it picks every label that starts this way. */
  openEnded: boolean;
}

/** Characters that mean something in a pattern; any of them unescaped makes it unreadable here. */
const special = new Set([".", "*", "+", "?", "{", "}", "(", ")", "[", "]", "|", "^", "$", "\\"]);
/** Escapes that stand for a whole class of characters (`\d`, `\w`…), not for themselves. */
const classEscape = /^[dDwWsSbBnrtfv0-9ux]$/;

function readGroup(body: string): LabelPart | undefined {
  const options = body.split("|");
  const plain = (option: string) => option !== "" && !/[.*+?{}()[\]|^$\\]/.test(option);
  return options.every(plain) ? { kind: "oneOf", options } : undefined;
}

function readClass(body: string): LabelPart | undefined {
  const range = /^([0-9A-Za-z])-([0-9A-Za-z])$/.exec(body);
  if (range?.[1] !== undefined && range[2] !== undefined)
    return { kind: "range", from: range[1], to: range[2] };
  // Letters and digits only, so each character is one code unit.
  return /^[0-9A-Za-z]{2,}$/.test(body) ? { kind: "oneOf", options: body.split("") } : undefined;
}

/**
 * Reads a label pattern back as words, or `undefined` when it is not a plain one (a pattern that
 * is only anchored text, escaped characters, `[a-b]` or `[abc]`, and `(x|y)` groups). A pattern not
 * anchored at the start is not plain either: it would pick labels with anything before the text.
 *
 * @example readableLabel("^GET /delay/(200|300)$")
 * // { parts: [text "GET /delay/", oneOf ["200", "300"]], openEnded: false }
 */
export function readableLabel(pattern: string): ReadableLabel | undefined {
  if (!pattern.startsWith("^")) return undefined;
  const parts: LabelPart[] = [];
  const addText = (text: string) => {
    const last = parts.at(-1);
    if (last?.kind === "text") last.text += text;
    else parts.push({ kind: "text", text });
  };
  let at = 1;
  let openEnded = true;
  while (at < pattern.length) {
    const char = pattern.charAt(at);
    if (char === "$" && at === pattern.length - 1) {
      openEnded = false;
      at += 1;
    } else if (char === "\\") {
      const escaped = pattern.charAt(at + 1);
      if (escaped === "" || classEscape.test(escaped)) return undefined;
      addText(escaped);
      at += 2;
    } else if (char === "(" || char === "[") {
      const close = pattern.indexOf(char === "(" ? ")" : "]", at);
      if (close === -1) return undefined;
      const body = pattern.slice(at + 1, close);
      const part = char === "(" ? readGroup(body) : readClass(body);
      if (part === undefined) return undefined;
      parts.push(part);
      at = close + 1;
    } else if (special.has(char)) {
      return undefined;
    } else {
      addText(char);
      at += 1;
    }
  }
  return parts.length === 0 ? undefined : { parts, openEnded };
}
