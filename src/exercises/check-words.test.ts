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

  it("gives only words a header and a URL carry unchanged, whatever it draws", () => {
    // Every draw, not a sample of them: each name at each place, with every letter in its tag.
    for (let offset = 0; offset < 8; offset += 1) {
      for (let letter = 0; letter < 24; letter += 1) {
        let draws = 0;
        const words = pickWords(8, (bound) => (draws++ === 0 ? offset : letter) % bound);
        for (const word of words) {
          expect(new Headers([["x-word", word]]).get("x-word")).toBe(word);
          expect(decodeURIComponent(encodeURIComponent(word))).toBe(word);
          expect(
            new URL(`http://localhost/echo?word=${encodeURIComponent(word)}`).searchParams.get("word"),
          ).toBe(word);
        }
      }
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
