import { describe, expect, it } from "vitest";
import { lineDiff } from "./line-diff.ts";

describe("lineDiff", () => {
  it.each<[string, string, string, number[], number]>([
    ["the same code", "a\nb\nc", "a\nb\nc", [], 0],
    ["a changed line", "a\nb\nc", "a\nB\nc", [2], 1],
    ["an added line", "a\nb", "a\nnew\nb", [2], 0],
    ["a removed line", "a\nb\nc", "a\nc", [], 1],
    ["an added last line", "a\nb", "a\nb\nc", [3], 0],
    ["lines moved apart", "a\nb\nc\nd", "a\nx\nb\nc\ny\nd", [2, 5], 0],
    ["everything else", "a\nb", "x\ny\nz", [1, 2, 3], 2],
    ["an empty original", "", "x", [1], 1],
  ])("%s", (_name, original, version, changed, removed) => {
    expect(lineDiff(original, version)).toEqual({ changed, removed });
  });

  it("stays quick on a large hostile version (64 KB of lines)", () => {
    const original = Array.from({ length: 40 }, (_, index) => `line ${index}`).join("\n");
    const version = "x\n".repeat(32_000);
    const diff = lineDiff(original, version);
    expect(diff.changed).toHaveLength(32_001);
    expect(diff.removed).toBe(40);
  });
});
