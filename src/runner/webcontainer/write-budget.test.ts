import { describe, expect, it } from "vitest";
import { createWriteBudget } from "./write-budget.ts";

const limits = { maxLines: 3, maxLineChars: 4, maxRunChars: 100 };

describe("createWriteBudget", () => {
  it("passes short writes as they are", () => {
    expect(createWriteBudget(limits).take("stdout", "ab\ncd")).toEqual([{ text: "ab\ncd", moreChars: 0 }]);
  });

  it("keeps a long line's first characters and counts the rest, across writes", () => {
    const budget = createWriteBudget(limits);
    expect(budget.take("stdout", "abc")).toEqual([{ text: "abc", moreChars: 0 }]);
    expect(budget.take("stdout", "defgh\nok")).toEqual([
      { text: "d", moreChars: 4 },
      { text: "\nok", moreChars: 0 },
    ]);
  });

  it("clips one 50 MB line to a few characters", () => {
    const pieces = createWriteBudget(limits).take("stdout", `${"x".repeat(50_000_000)}\n`);
    expect(pieces).toEqual([
      { text: "xxxx", moreChars: 50_000_000 - 4 },
      { text: "\n", moreChars: 0 },
    ]);
  });

  it("drops and counts lines past the line cap", () => {
    const budget = createWriteBudget(limits);
    expect(budget.take("stdout", "1\n2\n3\n4\n5\n")).toEqual([{ text: "1\n2\n3\n", moreChars: 0 }]);
    expect(budget.droppedLines).toBe(2);
  });

  it("stops at the run's character cap", () => {
    const budget = createWriteBudget({ maxLines: 100, maxLineChars: 4, maxRunChars: 6 });
    expect(budget.take("stdout", "abcd\nefgh\nij\n")).toEqual([
      { text: "abcd\nef", moreChars: 2 },
      { text: "\n", moreChars: 0 },
    ]);
    expect(budget.droppedLines).toBe(1);
  });
});
