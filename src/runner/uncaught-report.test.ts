import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { uncaughtReport } from "./uncaught-report.ts";

describe("uncaughtReport", () => {
  it("prints an error's stack alone", () => {
    const error = new TypeError("no such thing");
    expect(uncaughtReport(error, inspect)).toBe(error.stack);
  });

  it.each([
    ["a string, as written", "nope", "Uncaught nope"],
    ["another value, through the runtime's inspect", { code: 7 }, "Uncaught { code: 7 }"],
  ])("prints %s", (_name, value, expected) => {
    expect(uncaughtReport(value, inspect)).toBe(expected);
  });
});
