import { describe, expect, it } from "vitest";
import { formatConsoleArgs, mapStack } from "./console-format.ts";

describe("formatConsoleArgs", () => {
  it.each([
    [["a", 1, true], "a 1 true"],
    [[{ a: 1, b: "x" }], "{ a: 1, b: 'x' }"],
    [[[1, [2, 3]]], "[ 1, [ 2, 3 ] ]"],
    [[{}, []], "{} []"],
    [[null, undefined, BigInt(10)], "null undefined 10n"],
    [[new Map([["k", 1]])], "Map(1) { 'k' => 1 }"],
    [[{ "a-b": 1 }], "{ 'a-b': 1 }"],
  ])("%s", (args, text) => {
    expect(formatConsoleArgs(args)).toBe(text);
  });

  it("survives circular objects", () => {
    const loop: Record<string, unknown> = { name: "loop" };
    loop["self"] = loop;
    expect(formatConsoleArgs([loop])).toBe("{ name: 'loop', self: [Circular] }");
  });
});

describe("mapStack", () => {
  it("names learner frames main.ts and drops runtime frames", () => {
    const stack = [
      "Error: boom",
      "    at fail (blob:null/1234:4:9)",
      "    at blob:null/1234:7:1",
      "    at run (blob:null/runtime:88:3)",
    ].join("\n");
    expect(mapStack(stack, "blob:null/1234")).toBe(
      "Error: boom\n    at fail (main.ts:4:9)\n    at main.ts:7:1",
    );
  });
});
