/**
 * Source-map mappings from the JavaScript back to the TypeScript, built by lining up the tokens of
 * each line. Sucrase keeps every line where it was but its own source map goes wrong after a
 * template literal: every later token is mapped to one column (a four-line program whose error is
 * at 4:7 was reported at 4:18). Stripping types only deletes tokens or adds a few (enums,
 * parameter properties), so the tokens of a JavaScript line are, in order, nearly all found in its
 * TypeScript line; their longest common subsequence gives each kept token its true column.
 */
import { encode, type SourceMapSegment } from "@jridgewell/sourcemap-codec";

interface Token {
  text: string;
  /** 0-based column, in UTF-16 code units as stack traces count them. */
  column: number;
}

/**
 * A word (identifier, keyword, number, or a run of letters in any script) or one other visible
 * character. Strings and comments are not told apart: their words are the same on both sides.
 */
const tokenPattern = /[\p{L}\p{N}_$\u200C\u200D]+|\S/gu;

/** Lines longer than this many token pairs are matched greedily, not by a full table. */
const tableLimit = 250_000;

function tokensOf(line: string): Token[] {
  return [...line.matchAll(tokenPattern)].map((match) => ({ text: match[0], column: match.index }));
}

/**
 * For each JavaScript token, the index of the TypeScript token it is (or -1 for code the
 * transpiler added). A longest common subsequence: the kept tokens keep their order.
 */
function matchTokens(javascript: Token[], typescript: Token[]): number[] {
  const rows = javascript.length;
  const columns = typescript.length;
  const matched = new Array<number>(rows).fill(-1);
  if (rows * columns > tableLimit) {
    // A huge line (minified code pasted in): take each token's next occurrence.
    let next = 0;
    javascript.forEach((token, index) => {
      const found = typescript.findIndex((other, at) => at >= next && other.text === token.text);
      if (found !== -1) [matched[index], next] = [found, found + 1];
    });
    return matched;
  }
  // lengths[i][j]: the longest common subsequence of javascript[i..] and typescript[j..].
  const width = columns + 1;
  const lengths = new Uint32Array((rows + 1) * width);
  for (let i = rows - 1; i >= 0; i -= 1) {
    for (let j = columns - 1; j >= 0; j -= 1) {
      lengths[i * width + j] =
        javascript[i]?.text === typescript[j]?.text
          ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
    }
  }
  let [i, j] = [0, 0];
  while (i < rows && j < columns) {
    const here = lengths[i * width + j] ?? 0;
    if ((lengths[i * width + j + 1] ?? 0) === here) {
      // Skipping TypeScript first: what the transpiler deleted (`<T>`, `: T`) usually comes before
      // what it kept, as in `new Map<K, (v) => void>()`, so a kept token takes its last place.
      j += 1;
    } else if (javascript[i]?.text === typescript[j]?.text) {
      matched[i] = j;
      [i, j] = [i + 1, j + 1];
    } else i += 1;
  }
  return matched;
}

/**
 * The segments of one JavaScript line. A segment stands for the tokens after it too (a position is
 * read from the nearest segment before it, plus its offset), so one is written only where the shift
 * between the two lines changes, and for each token the transpiler added.
 */
function lineSegments(javascript: string, typescript: string, line: number): SourceMapSegment[] {
  const generated = tokensOf(javascript);
  const original = tokensOf(typescript);
  const matched = matchTokens(generated, original);
  const segments: SourceMapSegment[] = [];
  let shift = Number.NaN;
  // Added code (an enum's object, `this.name = name`) points where the code before it came from.
  let lastColumn = 0;
  generated.forEach((token, index) => {
    const found = original[matched[index] ?? -1];
    if (found === undefined) {
      segments.push([token.column, 0, line, lastColumn]);
      shift = Number.NaN;
      return;
    }
    lastColumn = found.column;
    if (found.column - token.column === shift) return;
    shift = found.column - token.column;
    segments.push([token.column, 0, line, found.column]);
  });
  return segments;
}

/**
 * The `mappings` of a source map from `javascript` to `typescript`, which must have the same lines
 * (as sucrase keeps them): one segment per JavaScript token.
 *
 * @example
 * alignMappings("const a: number = 1;", "const a = 1;"); // "AAAA,QAAgB": column 8 is column 16
 */
export function alignMappings(typescript: string, javascript: string): string {
  const originalLines = typescript.split("\n");
  return encode(
    javascript.split("\n").map((line, index) => lineSegments(line, originalLines[index] ?? "", index)),
  );
}
