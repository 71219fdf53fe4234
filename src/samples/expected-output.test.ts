import { describe, expect, it } from "vitest";
import {
  compareOutput,
  latenessAllowance,
  matchLine,
  outputLines,
  readTimings,
  timingTolerance,
} from "./expected-output.ts";

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

const live = { allowLateness: true };

describe("latenessAllowance, for live runs on a loaded machine", () => {
  it.each([
    ["done after ≈1.0s", "done after 1.6s", true],
    ["done after ≈1.0s", "done after 2.1s", true],
    ["done after ≈1.0s", "done after 2.2s", false],
    ["done after ≈1.0s", "done after 0.6s", false],
    ["≈3.0s done", "4.6s done", true],
    ["≈3.0s done", "4.8s done", false],
  ])("%j against %j -> %s (late, never early)", (expected, actual, ok) => {
    expect(matchLine(expected, actual, { allowLateness: true }).ok).toBe(ok);
  });

  it("is 0.5 s plus a quarter of the expected time", () => {
    expect(latenessAllowance(0)).toBeCloseTo(0.5);
    expect(latenessAllowance(2)).toBeCloseTo(1);
  });

  it("says a line came too late, apart from one that is off", () => {
    expect(compareOutput("a ≈1.0s\nb ≈1.0s\n", "a 9.0s\nb 0.1s\n", { allowLateness: true })).toMatchObject([
      { line: 1, reason: "9 is later than 1, even on a loaded machine" },
      { line: 2, reason: "0.1 is not close to 1" },
    ]);
  });

  it("carries the lateness a run built up to its later lines, each step adding its own allowance", () => {
    const expected = "≈0.0s sent\n≈1.0s first answer\n≈2.0s second answer\n";
    // Each step came a little late, and the lateness added up.
    expect(compareOutput(expected, "0.8s sent\n2.2s first answer\n3.6s second answer\n", live)).toEqual([]);
    // The last line alone, without the late lines before it, is too late.
    expect(matchLine("≈2.0s second answer", "3.6s second answer", live).ok).toBe(false);
    // A step of 1 s that takes 2.4 s fails, however late the run was before it.
    expect(compareOutput(expected, "0.8s sent\n2.2s first answer\n4.6s second answer\n", live)).toMatchObject(
      [{ line: 3, reason: "4.6 is later than 2, even on a loaded machine" }],
    );
  });

  it("reads the lateness a run carried, beyond the tolerance", () => {
    const { carriedLateness } = readTimings("≈0.0s a\n≈1.0s b", "0.0s a\n1.95s b", live);
    expect(carriedLateness).toBeCloseTo(0.6);
    expect(readTimings("≈1.0s b", "1.95s b").carriedLateness).toBe(0);
  });

  it("never lets a line come early or out of order, whatever came before", () => {
    const expected = "≈0.0s a\n≈1.0s b\n≈2.0s c\n";
    expect(compareOutput(expected, "1.5s a\n1.5s b\n2.0s c\n", live)).toMatchObject([
      { line: 1, reason: "1.5 is later than 0, even on a loaded machine" },
    ]);
    expect(compareOutput(expected, "0.0s a\n2.0s c\n2.9s b\n", live)).toMatchObject([
      { line: 2, reason: "the text differs" },
      { line: 3, reason: "the text differs" },
    ]);
    expect(compareOutput(expected, "0.0s a\n1.8s b\n1.6s c\n", live)).toMatchObject([
      { line: 3, reason: "1.6 is not close to 2" },
    ]);
  });

  it("is off unless asked for", () => {
    expect(matchLine("done after ≈1.0s", "done after 1.6s").ok).toBe(false);
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
    expect(readTimings("≈0.0s a\nb ≈1.0s and ≈2.0s", "0.1s a\nb 1.0s and 2.1s")).toEqual({
      timings: [0.1, 1, 2.1],
      carriedLateness: 0,
    });
  });

  it("treats empty output as no lines", () => {
    expect(outputLines("")).toEqual([]);
    expect(outputLines("\n")).toEqual([""]);
  });
});
