import { describe, expect, it } from "vitest";
import { labelEnds } from "./label-ends.ts";

describe("labelEnds", () => {
  it.each([
    ["a request: its last path segment", "GET /delay/1000?n=3", "GET /delay", "/1000?n=3"],
    ["a short request", "POST /echo", "POST ", "/echo"],
    ["a timer: its last word", "timer 500 ms", "timer 500", " ms"],
    ["one word: all of it", "download-3", "", "download-3"],
    ["a long last part: its end", "GET /search?q=a-very-long-query", "GET /search?q=a-ver", "y-long-query"],
  ])("%s", (_name, label, head, tail) => {
    expect(labelEnds(label)).toEqual({ head, tail });
  });

  it("keeps every character, in order, and at most 12 in the tail", () => {
    for (const label of ["", "/", "GET /", "x".repeat(40), "GET /a/b/c/d/e/f/g/h/i/j/k/l"]) {
      const { head, tail } = labelEnds(label);
      expect(head + tail).toBe(label);
      expect(tail.length).toBeLessThanOrEqual(12);
    }
  });
});
