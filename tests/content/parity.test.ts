/**
 * Both languages have the same chapters, each chapter shows the same samples in both languages,
 * and every sample is shown on the page of the chapter its meta.json names.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readAllSamples } from "../../src/samples/sample-files.node.ts";
import { localeCodes } from "../../src/i18n/locales.ts";

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

const pagesByLang = new Map(localeCodes.map((lang) => [lang, readPages(lang)]));
const english = pagesByLang.get("en") ?? [];
const samples = readAllSamples();

describe("content parity", () => {
  it("has chapter pages", () => {
    expect(english.length).toBeGreaterThan(0);
  });

  for (const lang of localeCodes.filter((code) => code !== "en")) {
    it(`${lang} has the same chapters, orders and samples as en`, () => {
      expect(pagesByLang.get(lang)).toEqual(english);
    });
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
