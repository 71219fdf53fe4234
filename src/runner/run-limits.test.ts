import { describe, expect, it } from "vitest";
import { clampTimeLimit, clipLine, createOutputBudget, createSpanBudget, runBounds } from "./run-limits.ts";

describe("clampTimeLimit", () => {
  it.each([
    [Number.NaN, runBounds.defaultTimeLimitMs, "default"],
    [0, runBounds.defaultTimeLimitMs, "default"],
    [-5, runBounds.defaultTimeLimitMs, "default"],
    [499, runBounds.defaultTimeLimitMs, "default"],
    [500, 500, "no"],
    [10_000, 10_000, "no"],
    [2 ** 31 - 1, 2 ** 31 - 1, "no"],
    [2 ** 31, 2 ** 31 - 1, "clamped"],
    [Number.POSITIVE_INFINITY, 2 ** 31 - 1, "clamped"],
  ] as const)("makes %s into %s (%s)", (setting, ms, adjusted) => {
    expect(clampTimeLimit(setting)).toEqual({ ms, adjusted });
  });

  it("gives a limit that setTimeout honours rather than firing at once", async () => {
    const { ms } = clampTimeLimit(2 ** 40);
    let fired = false;
    const timer = setTimeout(() => (fired = true), ms);
    await new Promise((resolve) => setTimeout(resolve, 20));
    clearTimeout(timer);
    expect(fired).toBe(false);
  });
});

describe("clipLine", () => {
  it("keeps a short line whole", () => {
    expect(clipLine("hello", 10)).toEqual({ text: "hello", moreChars: 0 });
  });

  it("keeps the first characters of a long line and counts the rest", () => {
    const line = clipLine("x".repeat(50_000_000));
    expect(line.text).toHaveLength(runBounds.maxLineChars);
    expect(line.moreChars).toBe(50_000_000 - runBounds.maxLineChars);
  });

  it("never cuts a character in half", () => {
    expect(clipLine("ab😀cd", 3)).toEqual({ text: "ab", moreChars: 4 });
  });
});

describe("createOutputBudget", () => {
  it("drops and counts lines past the line cap", () => {
    const budget = createOutputBudget({ maxLines: 2, maxLineChars: 10, maxRunChars: 100 });
    expect(["a", "b", "c", "d"].map((text) => budget.take(text)?.text)).toEqual([
      "a",
      "b",
      undefined,
      undefined,
    ]);
    expect(budget.droppedLines).toBe(2);
  });

  it("stops at the run's character cap, clipping the line that reaches it", () => {
    const budget = createOutputBudget({ maxLines: 100, maxLineChars: 10, maxRunChars: 15 });
    expect(budget.take("0123456789abc")).toEqual({ text: "0123456789", moreChars: 3 });
    expect(budget.take("0123456789")).toEqual({ text: "01234", moreChars: 5 });
    expect(budget.take("more")).toBeUndefined();
    expect(budget.droppedLines).toBe(1);
  });
});

describe("createSpanBudget", () => {
  it("keeps the first spans, drops later ones with their ends, and counts them", () => {
    const budget = createSpanBudget(2);
    const kept = ["a", "b", "c"].map((id) => budget.keep({ type: "span-start", id }));
    expect(kept).toEqual([true, true, false]);
    expect(budget.keep({ type: "span-end", id: "a" })).toBe(true);
    expect(budget.keep({ type: "span-end", id: "c" })).toBe(false);
    expect(budget.keep({ type: "output" })).toBe(true);
    expect(budget.droppedSpans).toBe(1);
  });
});
