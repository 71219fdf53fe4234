/**
 * A syntax error in words a learner can act on. Sucrase reports what its parser met ("Unexpected
 * token, expected \",\""), which is the tool's view: for `console.log(1;` the learner is missing a
 * `)`, and the parser only knows that a `,` could also have come next. Here the message is read
 * together with the code before the error: the innermost bracket still open says what is missing.
 * Web-standard and pure; the page puts the problem into words in the reader's language.
 */

/** What is wrong, where: 1-based line and column, as the editor counts them. */
export type SyntaxProblem =
  /** A closing bracket (or another token) is missing just before this point. */
  | { kind: "missing"; token: string; line: number; column: number }
  /** The code ends while a bracket opened at `line`:`column` is still open. */
  | { kind: "endsEarly"; token: string; open: string; line: number; column: number }
  /** A string, template string or comment starting here is never closed. */
  | { kind: "unclosed"; what: "string" | "template" | "comment"; line: number; column: number }
  /** A token that cannot stand here. */
  | { kind: "unexpected"; token: string; line: number; column: number }
  /** Anything else, in the parser's own words. */
  | { kind: "other"; reason: string; line: number; column: number };

const closerOf: Record<string, string> = { "(": ")", "[": "]", "{": "}" };

/** The offset of a 1-based line and column in `code`, clamped to the code. */
export function offsetOf(code: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current += 1) {
    const next = code.indexOf("\n", offset);
    if (next < 0) return code.length;
    offset = next + 1;
  }
  return Math.min(offset + Math.max(column - 1, 0), code.length);
}

/** The 1-based line and column of `offset` in `code`. */
function positionOf(code: string, offset: number): { line: number; column: number } {
  const before = code.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - (before.lastIndexOf("\n") + 1) + 1 };
}

/** The length of a quoted run starting at `start` (a string or template string), to its close. */
function skipQuoted(code: string, start: number, quote: string): number {
  for (let index = start + 1; index < code.length; index += 1) {
    if (code[index] === "\\") index += 1;
    else if (code[index] === quote) return index + 1;
    else if (quote !== "`" && code[index] === "\n") return index;
  }
  return code.length;
}

/**
 * The brackets still open at `end`, innermost last, with their offsets; strings and comments are
 * skipped. Template strings are skipped whole (an error inside `${…}` is rare in a lesson).
 */
export function openBrackets(code: string, end: number): { bracket: string; at: number }[] {
  const open: { bracket: string; at: number }[] = [];
  let index = 0;
  while (index < end) {
    const char = code[index] ?? "";
    const pair = code.slice(index, index + 2);
    if (pair === "//") index = code.indexOf("\n", index) < 0 ? end : code.indexOf("\n", index);
    else if (pair === "/*")
      index = code.indexOf("*/", index + 2) < 0 ? end : code.indexOf("*/", index + 2) + 2;
    else if (char === '"' || char === "'" || char === "`") index = skipQuoted(code, index, char);
    else {
      if (char in closerOf) open.push({ bracket: char, at: index });
      else if (char === ")" || char === "]" || char === "}") {
        if (open.length > 0 && closerOf[open.at(-1)?.bracket ?? ""] === char) open.pop();
      }
      index += 1;
    }
  }
  return open;
}

/** The word or single character at `offset`, to name an unexpected token. */
function tokenAt(code: string, offset: number): string {
  return /^[\w$]+|^\S/.exec(code.slice(offset))?.[0] ?? "";
}

/**
 * Reads the parser's `reason` (its message without the position) for the error at `line`:`column`
 * of `code`.
 *
 * @example
 * describeSyntaxProblem("console.log(1;\n", 'Unexpected token, expected ","', 1, 14)
 * // { kind: "missing", token: ")", line: 1, column: 14 }
 */
export function describeSyntaxProblem(
  code: string,
  reason: string,
  line: number,
  column: number,
): SyntaxProblem {
  const at = offsetOf(code, line, column);
  const innermost = openBrackets(code, at).at(-1);
  const atEnd = code.slice(at).trim() === "";
  if (/^Unterminated (string|template|comment)/.test(reason)) {
    const what = /template/.test(reason) ? "template" : /comment/.test(reason) ? "comment" : "string";
    return { kind: "unclosed", what, line, column };
  }
  if (atEnd && innermost !== undefined) {
    const opened = positionOf(code, innermost.at);
    return {
      kind: "endsEarly",
      token: closerOf[innermost.bracket] ?? "",
      open: innermost.bracket,
      ...opened,
    };
  }
  const expected = /^Unexpected token, expected "(.+)"$/.exec(reason)?.[1];
  if (expected !== undefined) {
    // A list (arguments, array, object) not closed: the parser wants a `,`, the learner a bracket.
    const token =
      expected === "," && innermost !== undefined ? (closerOf[innermost.bracket] ?? ",") : expected;
    return { kind: "missing", token, line, column };
  }
  if (reason === "Unexpected token" && !atEnd)
    return { kind: "unexpected", token: tokenAt(code, at), line, column };
  return { kind: "other", reason, line, column };
}
