/** A locale's chapter list: its own pages where it has them, English otherwise, never an orphan. */
import { describe, expect, it } from "vitest";
import { chaptersWithFallback } from "./chapter-fallback.ts";

const english = [
  { slug: "why-async", order: 1, lang: "en" },
  { slug: "asyncio-basics", order: 2, lang: "en" },
  { slug: "aiohttp", order: 3, lang: "en" },
];

describe("chaptersWithFallback", () => {
  it("serves every English chapter, in order, from the locale where it has the page", () => {
    const japanese = [{ slug: "asyncio-basics", order: 2, lang: "ja" }];
    const served = chaptersWithFallback(japanese, english);
    expect(served.map(({ entry, fallback }) => [entry.slug, entry.lang, fallback])).toEqual([
      ["why-async", "en", true],
      ["asyncio-basics", "ja", false],
      ["aiohttp", "en", true],
    ]);
  });

  it("sorts by order, not by the order the entries came in", () => {
    const served = chaptersWithFallback([], [...english].reverse());
    expect(served.map(({ entry }) => entry.order)).toEqual([1, 2, 3]);
  });

  it("needs no fallback for a complete locale", () => {
    const chinese = english.map((chapter) => ({ ...chapter, lang: "zh-cn" }));
    expect(chaptersWithFallback(chinese, english).every(({ fallback }) => !fallback)).toBe(true);
  });

  it("names a chapter that has no English page", () => {
    const orphan = [{ slug: "only-here", order: 9, lang: "ja" }];
    expect(() => chaptersWithFallback(orphan, english)).toThrow(
      /only-here have no page in the default locale/,
    );
  });
});
