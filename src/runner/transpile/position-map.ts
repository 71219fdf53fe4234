/**
 * Maps positions in the transpiled JavaScript back to the learner's TypeScript. Sucrase keeps every
 * line in place but shifts columns where it strips types, so `main.ts:2:31` in a stack must be
 * looked up in its source map to name the column the learner actually wrote.
 */
import { decode } from "@jridgewell/sourcemap-codec";

/** A 1-based line and column, as stack traces print them. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** Turns a JavaScript position into the TypeScript one. */
export type PositionMap = (position: SourcePosition) => SourcePosition;

/**
 * Builds a position map from a source map's `mappings`. A column inside a token keeps its offset
 * from the start of the nearest token at or before it; a line without mappings is left as it is.
 *
 * @example
 * const toTypeScript = createPositionMap(sourceMap.mappings);
 * toTypeScript({ line: 1, column: 27 }); // { line: 1, column: 42 }
 */
export function createPositionMap(mappings: string): PositionMap {
  const lines = decode(mappings);
  return ({ line, column }) => {
    const segments = lines[line - 1] ?? [];
    let nearest: (typeof segments)[number] | undefined;
    for (const segment of segments) {
      if (segment[0] > column - 1) break;
      nearest = segment;
    }
    if (nearest?.[2] === undefined || nearest[3] === undefined) return { line, column };
    return { line: nearest[2] + 1, column: nearest[3] + (column - 1 - nearest[0]) + 1 };
  };
}

/** Rewrites every `main.ts:line:column` in a line of output through the map. */
export function mapOutputPositions(text: string, toTypeScript: PositionMap): string {
  return text.replace(/main\.ts:(\d+):(\d+)/g, (_match, line: string, column: string) => {
    const mapped = toTypeScript({ line: Number(line), column: Number(column) });
    return `main.ts:${mapped.line}:${mapped.column}`;
  });
}
