import { encode } from "@jridgewell/sourcemap-codec";
import { describe, expect, it } from "vitest";
import { createPositionMap, mapOutputPositions } from "./position-map.ts";

// Line 1: generated columns 0 and 10 come from original columns 0 and 18 (a type was stripped).
const mappings = encode([
  [
    [0, 0, 0, 0],
    [10, 0, 0, 18],
  ],
  [],
]);

describe("createPositionMap", () => {
  const toTypeScript = createPositionMap(mappings);

  it.each([
    ["the start of a mapped token", { line: 1, column: 11 }, { line: 1, column: 19 }],
    ["inside a token, keeping the offset", { line: 1, column: 13 }, { line: 1, column: 21 }],
    ["before the shift", { line: 1, column: 4 }, { line: 1, column: 4 }],
    ["a line with no mappings", { line: 2, column: 7 }, { line: 2, column: 7 }],
    ["a line past the end", { line: 9, column: 3 }, { line: 9, column: 3 }],
  ])("maps %s", (_name, position, expected) => {
    expect(toTypeScript(position)).toEqual(expected);
  });
});

describe("mapOutputPositions", () => {
  it("rewrites every main.ts position in a line and leaves the rest alone", () => {
    const toTypeScript = createPositionMap(mappings);
    expect(mapOutputPositions("    at f (main.ts:1:11) and main.ts:2:1, other.ts:1:11", toTypeScript)).toBe(
      "    at f (main.ts:1:19) and main.ts:2:1, other.ts:1:11",
    );
  });
});
