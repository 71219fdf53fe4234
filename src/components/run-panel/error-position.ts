/**
 * Where output points into the learner's code: `main.ts:line:column`, as syntax errors and stack
 * lines write it (positions already mapped to the TypeScript the learner wrote).
 */

/** Matches one `main.ts:line:column`; global, so use it with `matchAll` or reset `lastIndex`. */
export const positionPattern = /main\.ts:(\d+):(\d+)/g;

/** A 1-based line and column in main.ts. */
export interface CodePosition {
  line: number;
  column: number;
}

/**
 * Splits a line of output into plain text and positions, in order, so each position can be shown
 * as a link while the rest stays text.
 *
 * @example
 * splitPositions("    at fail (main.ts:3:9)")
 * // ["    at fail (", { text: "main.ts:3:9", line: 3, column: 9 }, ")"]
 */
export function splitPositions(text: string): (string | (CodePosition & { text: string }))[] {
  const parts: (string | (CodePosition & { text: string }))[] = [];
  let from = 0;
  for (const match of text.matchAll(positionPattern)) {
    if (match.index > from) parts.push(text.slice(from, match.index));
    parts.push({ text: match[0], line: Number(match[1]), column: Number(match[2]) });
    from = match.index + match[0].length;
  }
  if (from < text.length) parts.push(text.slice(from));
  return parts;
}

/** The first position in the program's error output (its error's own line), if any. */
export function firstErrorPosition(
  lines: readonly { stream: "stdout" | "stderr"; text: string }[],
): CodePosition | undefined {
  for (const { stream, text } of lines) {
    if (stream !== "stderr") continue;
    const found = splitPositions(text).find((part) => typeof part !== "string");
    if (found !== undefined && typeof found !== "string") return { line: found.line, column: found.column };
  }
  return undefined;
}
