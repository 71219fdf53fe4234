import { describe, expect, it } from "vitest";
import { textOffsetIn, type NodeLike } from "./click-offset.ts";

const text = (value: string): NodeLike => ({ nodeType: 3, textContent: value, childNodes: [] });
const element = (...childNodes: NodeLike[]): NodeLike => ({
  nodeType: 1,
  get textContent() {
    return childNodes.map((child) => child.textContent).join("");
  },
  childNodes,
});

// Highlighted code as compact-code leaves it: `const x = 1;\nlog(x);`, tokens in spans.
const keyword = text("const");
const name = text("x");
const call = text("log");
const newline = text(" = 1;\n");
const callSpan = element(call);
const pre = element(element(element(keyword), text(" "), element(name), newline, callSpan, text("(x);")));

describe("textOffsetIn", () => {
  it.each([
    ["the start of the first token", keyword, 0, 0],
    ["inside the first token", keyword, 3, 3],
    ["just after a one-letter token", name, 1, 7],
    ["the start of the second line", call, 0, 13],
    ["the end of the code", pre.childNodes[0]?.childNodes[5] ?? text(""), 4, 20],
    ["an offset past the end of a text node, clamped to it", name, 9, 7],
    ["an element and a child index (before its first child)", callSpan, 0, 13],
    ["an element and a child index (after its only child)", callSpan, 1, 16],
  ])("maps %s", (_, node, offset, expected) => {
    expect(textOffsetIn(pre, node, offset)).toBe(expected);
  });

  it("says so when the point is outside the code", () => {
    expect(textOffsetIn(pre, text("elsewhere"), 0)).toBeUndefined();
  });
});
