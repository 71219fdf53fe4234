import { describe, expect, it } from "vitest";
import { compareOutput, matchLine, outputLines, readTimings, timingTolerance } from "./expected-output.ts";

describe("timingTolerance", () => {
  it.each([
    [0, 0.35],
    [1, 0.35],
    [3, 0.45],
    [10, 1.5],
  ])("allows %ss to be off by %ss", (seconds, tolerance) => {
    expect(timingTolerance(seconds)).toBeCloseTo(tolerance);
  });
});

describe("matchLine", () => {
  it.each([
    ["done after ≈1.0s", "done after 1.0s", true],
    ["done after ≈1.0s", "done after 1.3s", true],
    ["done after ≈1.0s", "done after 1.4s", false],
    ["done after ≈1.0s", "done after 3.0s", false],
    ["done after ≈1.0s", "done after 1.0 s", false],
    ["≈0.0s tea: started", "0.1s tea: started", true],
    ["≈0.0s tea: started", "0.0s toast: started", false],
    ["a (b) [c] ≈2 *d*", "a (b) [c] 2.1 *d*", true],
    ["exact text", "exact text", true],
    ["exact text", "exact text ", false],
  ])("%j against %j -> %s", (expected, actual, ok) => {
    expect(matchLine(expected, actual).ok).toBe(ok);
  });
});

describe("compareOutput", () => {
  it("accepts matching output with a trailing newline and CRLF", () => {
    expect(compareOutput("a\n≈1.0s\n", "a\r\n1.1s\r\n")).toEqual([]);
  });

  it("reports a missing line and an extra line", () => {
    expect(compareOutput("a\nb", "a")).toEqual([
      { line: 2, expected: "b", actual: "", reason: "a missing line" },
    ]);
    expect(compareOutput("a", "a\nb")[0]?.reason).toBe("an extra line");
  });

  it("reports a time out of tolerance with both values", () => {
    const [mismatch] = compareOutput("took ≈1.0s", "took 3.0s");
    expect(mismatch?.reason).toBe("3 is not close to 1");
  });
});

describe("readTimings and outputLines", () => {
  it("reads timed numbers in order", () => {
    expect(readTimings("≈0.0s a\nb ≈1.0s and ≈2.0s", "0.1s a\nb 1.0s and 2.1s")).toEqual([0.1, 1, 2.1]);
  });

  it("treats empty output as no lines", () => {
    expect(outputLines("")).toEqual([]);
    expect(outputLines("\n")).toEqual([""]);
  });
});
