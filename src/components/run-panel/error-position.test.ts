import { describe, expect, it } from "vitest";
import { firstErrorPosition, splitPositions } from "./error-position.ts";

describe("splitPositions", () => {
  it.each([
    ["no position here", ["no position here"]],
    ["    at fail (main.ts:3:9)", ["    at fail (", { text: "main.ts:3:9", line: 3, column: 9 }, ")"]],
    [
      "main.ts:1:2 and main.ts:10:20",
      [{ text: "main.ts:1:2", line: 1, column: 2 }, " and ", { text: "main.ts:10:20", line: 10, column: 20 }],
    ],
    ["xmain.ts:4:5", ["x", { text: "main.ts:4:5", line: 4, column: 5 }]],
  ])("splits %j", (text, expected) => {
    expect(splitPositions(text)).toEqual(expected);
  });
});

describe("firstErrorPosition", () => {
  it("takes the first position printed on stderr, not one the program printed on stdout", () => {
    const lines = [
      { stream: "stdout", text: "see main.ts:1:1" },
      { stream: "stderr", text: "Error: boom" },
      { stream: "stderr", text: "    at fail (main.ts:3:9)" },
      { stream: "stderr", text: "    at main.ts:5:1" },
    ] as const;
    expect(firstErrorPosition(lines)).toEqual({ line: 3, column: 9 });
    expect(firstErrorPosition([{ stream: "stderr", text: "plain" }])).toBeUndefined();
  });
});
