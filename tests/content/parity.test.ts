/**
 * A language may ship a subset of the chapters (the rest fall back to English), but what it ships
 * matches English: no chapter English lacks, the same order and the same samples where both have
 * the page. A locale whose `chapters` is "all" in src/i18n/locales.ts must ship every chapter.
 * Every sample is shown on the page of the chapter its meta.json names.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readAllSamples } from "../../src/samples/sample-files.node.ts";
import { chapterCoverageOf, defaultLocale, localeCodes } from "../../src/i18n/locales.ts";

const docsDirectory = fileURLToPath(new URL("../../src/content/docs/", import.meta.url));

interface Page {
  slug: string;
  order: number;
  sampleIds: string[];
}

function readPages(lang: string): Page[] {
  return readdirSync(`${docsDirectory}${lang}`)
    .filter((name) => name.endsWith(".mdx"))
    .map((name) => {
      const text = readFileSync(`${docsDirectory}${lang}/${name}`, "utf8");
      const order = Number(/^order:\s*(\d+)/m.exec(text)?.[1]);
      const sampleIds = [...text.matchAll(/<Sample\s+id="([^"]+)"/g)].map((match) => match[1] ?? "");
      return { slug: name.replace(/\.mdx$/, ""), order, sampleIds };
    })
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

const pagesByLang = new Map(localeCodes.map((code) => [code, readPages(code)]));
const english = pagesByLang.get(defaultLocale) ?? [];
const samples = readAllSamples();

describe("content parity", () => {
  it("has chapter pages", () => {
    expect(english.length).toBeGreaterThan(0);
  });

  for (const code of localeCodes.filter((lang) => lang !== defaultLocale)) {
    const pages = pagesByLang.get(code) ?? [];

    it(`${code} ships no chapter that English lacks`, () => {
      const englishSlugs = new Set(english.map((page) => page.slug));
      expect(pages.filter((page) => !englishSlugs.has(page.slug)).map((page) => page.slug)).toEqual([]);
    });

    it(`${code}'s chapters have English's order and samples`, () => {
      const twins = english.filter((page) => pages.some((own) => own.slug === page.slug));
      expect(pages).toEqual(twins);
    });

    if (chapterCoverageOf(code) === "all") {
      it(`${code} ships every chapter, as its entry in locales.ts says`, () => {
        expect(pages.map((page) => page.slug)).toEqual(english.map((page) => page.slug));
      });
    }
  }

  it("every sample appears exactly once, on its own chapter's page", () => {
    for (const sample of samples) {
      const pages = english.filter((page) => page.sampleIds.includes(sample.id));
      expect(
        pages.map((page) => page.order),
        `sample ${sample.id}`,
      ).toEqual([sample.meta.chapter]);
      expect(pages[0]?.sampleIds.filter((id) => id === sample.id)).toHaveLength(1);
    }
  });

  it("every sample a page names exists", () => {
    const known = new Set(samples.map((sample) => sample.id));
    for (const page of english) {
      for (const id of page.sampleIds) expect(known.has(id), `${page.slug} names "${id}"`).toBe(true);
    }
  });
});
