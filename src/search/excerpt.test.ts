import { describe, expect, it } from "vitest";
import { splitExcerpt } from "./excerpt.ts";

describe("splitExcerpt", () => {
  it.each([
    ["no marks", "plain text", [{ text: "plain text", matched: false }]],
    [
      "marks in the middle",
      "an <mark>await</mark> pauses",
      [
        { text: "an ", matched: false },
        { text: "await", matched: true },
        { text: " pauses", matched: false },
      ],
    ],
    [
      "entities and stray tags",
      "<b>a &lt;b&gt;</b> &amp; <mark>c</mark>",
      [
        { text: "a <b> & ", matched: false },
        { text: "c", matched: true },
      ],
    ],
    [
      "a script tag becomes harmless text",
      "<script>alert(1)</script>x",
      [{ text: "alert(1)x", matched: false }],
    ],
  ])("%s", (_, html, parts) => {
    expect(splitExcerpt(html)).toEqual(parts);
  });
});
