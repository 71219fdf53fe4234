import { describe, expect, it } from "vitest";
import { readableLabel } from "./readable-label.ts";

describe("readableLabel", () => {
  it.each([
    ["^GET /delay/300$", { parts: [{ kind: "text", text: "GET /delay/300" }], openEnded: false }],
    ["^GET /delay/1000", { parts: [{ kind: "text", text: "GET /delay/1000" }], openEnded: true }],
    [
      "^GET /delay/1000\\?id=[1-5]$",
      {
        parts: [
          { kind: "text", text: "GET /delay/1000?id=" },
          { kind: "range", from: "1", to: "5" },
        ],
        openEnded: false,
      },
    ],
    [
      "^GET /delay/(200|300)$",
      {
        parts: [
          { kind: "text", text: "GET /delay/" },
          { kind: "oneOf", options: ["200", "300"] },
        ],
        openEnded: false,
      },
    ],
    [
      "^job [abc]$",
      {
        parts: [
          { kind: "text", text: "job " },
          { kind: "oneOf", options: ["a", "b", "c"] },
        ],
        openEnded: false,
      },
    ],
  ])("reads %s back as words", (pattern, expected) => {
    expect(readableLabel(pattern)).toEqual(expected);
  });

  it.each([
    ["", "no pattern at all"],
    ["GET /delay", "not anchored at the start, so it picks labels with anything before"],
    ["^GET /delay/\\d+$", "a class escape"],
    ["^GET .*$", "a wildcard"],
    ["^GET /(a|b.)$", "a group with a pattern inside"],
    ["^GET /[^x]$", "a negated class"],
    ["^GET /(a|b$", "an unclosed group"],
  ])("gives up on %j (%s)", (pattern) => {
    expect(readableLabel(pattern)).toBeUndefined();
  });
});
