import { describe, expect, it } from "vitest";
import { rankSections, type SubResult } from "./sections.ts";

const sub = (title: string, scores: number[]): SubResult => ({
  title,
  url: `/en/page/#${title.toLowerCase()}`,
  excerpt: `about ${title}`,
  weighted_locations: scores.map((balanced_score, location) => ({ weight: 1, balanced_score, location })),
});

const page = (subs: SubResult[]) => ({
  url: "/en/page/",
  excerpt: "page excerpt",
  meta: { title: "Page" },
  sub_results: subs,
});

describe("rankSections", () => {
  it.each([
    ["no sections: the page itself", [], ["/en/page/"]],
    ["one section", [sub("Intro", [1])], ["/en/page/#intro"]],
    ["the highest total first", [sub("A", [1]), sub("B", [2, 3]), sub("C", [4])], ["#b", "#a", "#c"]],
    ["a tie keeps page order", [sub("A", [2]), sub("B", [2])], ["#a", "#b"]],
    ["a namesake of the best is left out", [sub("A", [1]), sub("B", [5]), sub("B", [1])], ["#b", "#a"]],
    ["at most three", [sub("A", [1]), sub("B", [1]), sub("C", [1]), sub("D", [9])], ["#d", "#a", "#b"]],
  ])("%s", (_name, subs, expected) => {
    const urls = rankSections(page(subs)).map((section) => section.url);
    expect(urls).toHaveLength(expected.length);
    urls.forEach((url, index) => expect(url.endsWith(expected[index] ?? "?")).toBe(true));
  });

  it("keeps each section's title and excerpt", () => {
    expect(rankSections(page([sub("Gather", [1])]))).toEqual([
      { title: "Gather", url: "/en/page/#gather", excerpt: "about Gather" },
    ]);
  });
});
