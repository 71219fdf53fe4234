import { describe, expect, it } from "vitest";
import { ExerciseCheckSchema } from "./check-schema.ts";
import { fillWords, pickWords, programWithProbe } from "./check-words.ts";

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

describe("programWithProbe", () => {
  it("leaves a program alone when the check has no probe", () => {
    expect(programWithProbe("let x = 1;", ExerciseCheckSchema.parse({}), [])).toBe("let x = 1;");
  });

  it("adds the probe after the code, in a block with the words and without declare lines", () => {
    const check = ExerciseCheckSchema.parse({
      probe: "declare const checkWords: readonly string[];\nconsole.log(checkWords[0]);",
    });
    const program = programWithProbe("const checkWords = 1;", check, ["Zoë-abcd0"]);
    expect(program.startsWith("const checkWords = 1;\n")).toBe(true);
    expect(program).toContain('const checkWords: readonly string[] = ["Zoë-abcd0"];');
    expect(program).not.toContain("declare");
  });

  it("drops declarations over several lines, and only them", () => {
    const probe = [
      "declare class Queue<T> {",
      "  put(item: T): void;",
      "}",
      "declare function wrap(",
      "  handler: () => void,",
      "): () => void;",
      "const kept = 1;",
    ].join("\n");
    const program = programWithProbe("", ExerciseCheckSchema.parse({ probe }), []);
    expect(program).not.toMatch(/declare|put|wrap|handler/);
    expect(program).toContain("const kept = 1;");
  });
});
