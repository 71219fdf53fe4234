import { describe, expect, it } from "vitest";
import { alignMappings } from "./aligned-mappings.ts";
import { createPositionMap } from "./position-map.ts";

/** The TypeScript column of the first `needle` in the JavaScript, both 1-based. */
function mapped(typescript: string, javascript: string, needle: string): number {
  const toTypeScript = createPositionMap(alignMappings(typescript, javascript));
  return toTypeScript({ line: 1, column: javascript.indexOf(needle) + 1 }).column;
}

const longTypes = Array.from({ length: 400 }, (_, index) => `a${index}: number`).join(", ");
const longValues = Array.from({ length: 400 }, (_, index) => `a${index}`).join(", ");

describe("alignMappings", () => {
  it.each([
    ["a deleted annotation", "let a: number = f();", "let a = f();", "f()", 17],
    ["a kept token after deleted generics", "new Map<K, (v: V) => void>();", "new Map();", "()", 27],
    ["a token inside a string", 'const s: string = "a b";', 'const s = "a b";', "b", 22],
    [
      "code the transpiler added",
      "constructor(private x: number) {",
      "constructor(  x) {;this.x = x;",
      "this",
      32,
    ],
    [
      "a line too long for the table",
      `function f(${longTypes}) { g(); }`,
      `function f(${longValues}) { g(); }`,
      "g()",
      `function f(${longTypes}) { `.length + 1,
    ],
  ])("maps %s", (_name, typescript, javascript, needle, column) => {
    expect(mapped(typescript, javascript, needle)).toBe(column);
  });

  it("leaves a line it cannot match where it is", () => {
    const toTypeScript = createPositionMap(alignMappings("\ntype T = 1;", "\n"));
    expect(toTypeScript({ line: 2, column: 1 })).toEqual({ line: 2, column: 1 });
  });
});
