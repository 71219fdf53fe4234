import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { uncaughtReport } from "./uncaught-report.ts";

describe("uncaughtReport", () => {
  it("prints an error's stack alone", () => {
    const error = new TypeError("no such thing");
    expect(uncaughtReport(error, inspect)).toBe(error.stack);
  });

  it("gives a stack of bare frames (Firefox, Safari) Node's heading and frames", () => {
    const error = new Error("the real failure");
    error.stack = "run@blob:null/abc:9:7\n@blob:null/abc:12:1\n";
    expect(uncaughtReport(error, inspect)).toBe(
      "Error: the real failure\n    at run (blob:null/abc:9:7)\n    at blob:null/abc:12:1",
    );
  });

  it("names an error with no message and no stack", () => {
    const error = new RangeError();
    error.stack = "";
    expect(uncaughtReport(error, inspect)).toBe("RangeError");
  });

  it.each([
    ["a string, as written", "nope", "Uncaught nope"],
    ["another value, through the runtime's inspect", { code: 7 }, "Uncaught { code: 7 }"],
  ])("prints %s", (_name, value, expected) => {
    expect(uncaughtReport(value, inspect)).toBe(expected);
  });
});
