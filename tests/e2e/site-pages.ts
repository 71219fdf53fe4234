/**
 * The pages the site publishes, known before any test runs, so each page can be its own test
 * (a page per test keeps one slow page from timing out a whole sweep).
 */
import { readFileSync } from "node:fs";
import { locales } from "../../src/i18n/locales.ts";

/**
 * The site's languages (the one list in src/i18n/locales.ts), each with the `<html lang>` its pages
 * must carry and another language whose twin page the switcher must link.
 */
export const languages = locales.map(({ code, htmlLang }, index) => ({
  code,
  htmlLang,
  other: locales[(index + 1) % locales.length]?.code ?? code,
}));

const published = JSON.parse(readFileSync("src/content/published-slugs.json", "utf8")) as { slugs: string[] };

/** Every chapter slug ever published: each must be a page in both languages. */
export const chapterSlugs: readonly string[] = published.slugs;

/** What the chapter list of one language links to: every chapter, then the practice page. */
export function listedPagesOf(code: string): string[] {
  return [...chapterSlugs.map((slug) => `/${code}/${slug}/`), `/${code}/practice/`];
}

/** Every page of one language: its home, its search page, its chapters and its practice page. */
export function pagesOf(code: string): string[] {
  return [`/${code}/`, `/${code}/search/`, ...listedPagesOf(code)];
}

/**
 * `E2E_FULL=1` (`npm run test:e2e:full`) sweeps every page, sample and wrong answer. `npm test`
 * runs a representative slice: the same facts hold there for the other pages through the unit
 * tests (every sample and every wrong answer under Node and the fake container), the Firefox suite
 * (every English sample in the built-in runtime) and the content parity test.
 */
export const fullSweep = process.env["E2E_FULL"] === "1";

/** The pages axe checks in the quick run: old and new chapters, both languages, every page kind. */
export const axePagesQuick: readonly string[] = [
  "/en/",
  "/en/using-asyncio/",
  "/en/queues-and-coordination/",
  "/en/practice/",
  "/en/run-python/",
  "/zh-cn/search/",
  "/zh-cn/testing-and-debugging/",
  "/zh-cn/cheat-sheet/",
];
