/**
 * Chapter URLs never break: every slug ever published is still a page, or redirects to one.
 * Renaming a chapter file therefore fails this test until a redirect is added. A language without
 * its own page for a chapter serves the English one at its URL, so the English page counts.
 */
import { existsSync, readFileSync } from "node:fs";
import { expect, it } from "vitest";
import astroConfig from "../../astro.config.mjs";
import { defaultLocale, localeCodes } from "../../src/i18n/locales.ts";

const published = JSON.parse(
  readFileSync(new URL("../../src/content/published-slugs.json", import.meta.url), "utf8"),
) as { slugs: string[]; redirects: Record<string, string> };

const fileExists = (lang: string, slug: string) =>
  existsSync(new URL(`../../src/content/docs/${lang}/${slug}.mdx`, import.meta.url));
const pageExists = (lang: string, slug: string) => fileExists(lang, slug) || fileExists(defaultLocale, slug);

it("every published chapter slug is a page or a redirect, in every language", () => {
  for (const lang of localeCodes) {
    for (const slug of published.slugs) {
      const target = published.redirects[slug];
      const ok = pageExists(lang, slug) || (target !== undefined && pageExists(lang, target));
      expect(ok, `/${lang}/${slug}/ has no page and no redirect`).toBe(true);
    }
  }
});

it("astro.config serves every listed redirect", () => {
  const redirects = (astroConfig.redirects ?? {}) as Record<string, string>;
  for (const [from, to] of Object.entries(published.redirects)) {
    for (const lang of localeCodes) expect(redirects[`/${lang}/${from}/`]).toBe(`/${lang}/${to}/`);
  }
});
