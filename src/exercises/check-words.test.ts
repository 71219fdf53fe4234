import { describe, expect, it } from "vitest";
import { fillWords, pickWords } from "./check-words.ts";

describe("pickWords", () => {
  it("gives different words, one of each pair needing percent-decoding", () => {
    const words = pickWords(4);
    expect(new Set(words).size).toBe(4);
    for (const [first, second] of [words.slice(0, 2), words.slice(2, 4)]) {
      const encoded = [first, second].filter((word) => encodeURIComponent(word ?? "") !== word);
      expect(encoded).toHaveLength(1);
    }
  });

  it("differs from run to run", () => {
    const runs = new Set(Array.from({ length: 20 }, () => pickWords(2).join(" ")));
    expect(runs.size).toBeGreaterThan(15);
  });
});

describe("fillWords", () => {
  it.each([
    ["check: {{0}}, {{1}}", ["a", "b"], "check: a, b"],
    ["{{1}}{{1}}", ["a", "b"], "bb"],
    ["no word {{2}}", ["a"], "no word {{2}}"],
  ] as const)("%s", (text, words, filled) => {
    expect(fillWords(text, words)).toBe(filled);
  });
});
