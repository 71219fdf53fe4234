import { formatWithOptions } from "node:util";
import { describe, expect, it } from "vitest";
import { formatConsoleArgs, mapStack } from "./console-format.ts";

describe("formatConsoleArgs", () => {
  const circular: Record<string, unknown> = { name: "loop" };
  circular["self"] = circular;

  // Each case is compared with what this very Node prints, so the browser runtime cannot drift.
  it.each([
    ["plain values", ["a", 1, true, null, undefined, BigInt(10)]],
    ["an object", [{ a: 1, b: "x", "a-b": [1, [2, 3]] }]],
    ["empty containers", [{}, []]],
    ["a Map and a Set", [new Map([["k", 1]]), new Set([1, 2])]],
    ["a date", [new Date(Date.UTC(2026, 11, 1, 18, 30))]],
    ["a typed array", [new Uint8Array([1, 2, 3])]],
    ["placeholders", ["%s took %d ms (%i%%), %j", "fetch", 12.5, 99.9, { ok: true }]],
    ["a long array, grouped over lines", [Array.from({ length: 30 }, (_, index) => index * 37)]],
    ["a wide object, broken over lines", [{ title: "x".repeat(40), body: "y".repeat(40), id: 7 }]],
    ["a circular object", [circular]],
    [
      "a class instance",
      [
        new (class Post {
          id = 1;
        })(),
      ],
    ],
  ])("%s", (_name, args) => {
    expect(formatConsoleArgs(args)).toBe(formatWithOptions({}, ...args));
  });

  it("names learner frames of an error main.ts", () => {
    const error = new Error("boom");
    error.stack = "Error: boom\n    at fail (blob:null/1234:4:9)\n    at run (blob:null/runtime:88:3)";
    expect(formatConsoleArgs(["failed:", error], "blob:null/1234")).toBe(
      "failed: Error: boom\n    at fail (main.ts:4:9)",
    );
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
