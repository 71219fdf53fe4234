/** The check's small helpers: reading the samples list, and naming a failure with its causes. */
import { describe, expect, it } from "vitest";
import { describeFailure, failedVerdict, parseSamples } from "./run-check.ts";

describe("parseSamples", () => {
  it("accepts a list of { id, typescript, expected } strings", () => {
    const samples = [{ id: "two-tasks", typescript: "console.log(1);", expected: "1\n" }];
    expect(parseSamples(samples)).toEqual(samples);
  });

  it.each([[{}], [[{ id: "x", typescript: "" }]], [[{ id: 1, typescript: "", expected: "" }]], [null]])(
    "refuses %j",
    (json) => {
      expect(() => parseSamples(json)).toThrow(
        "The samples list must be an array of { id, typescript, expected }",
      );
    },
  );
});

describe("describeFailure", () => {
  it("names an error and its causes on one line", () => {
    const error = new TypeError("boot failed", { cause: new Error("iframe blocked") });
    expect(describeFailure(error)).toBe("TypeError: boot failed ← Error: iframe blocked");
  });

  it("names what is not an Error too", () => {
    expect(describeFailure("just text")).toBe("just text");
    expect(describeFailure({ message: "from the API" })).toBe('{"message":"from the API"}');
  });
});

describe("failedVerdict", () => {
  it("is a failure with the problem and no output", () => {
    expect(failedVerdict("samples.json", "HTTP 404")).toMatchObject({
      name: "samples.json",
      passed: false,
      problems: ["HTTP 404"],
      exit: { code: 1, reason: "error" },
      lines: [],
      chunks: [],
    });
  });
});
