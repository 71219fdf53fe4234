/**
 * What must hold on every page, each page opened once (each page its own test, so one slow page
 * cannot time out a sweep): the server sends it; it sets `<html lang>` and links its twin in the
 * other language, in the switcher and as an alternate; on a 375 px phone nothing scrolls sideways
 * and a chapter's title and first paragraph fit the first screen (issue 10, item 6); and a Chinese
 * page, at desktop width, shows no space between two CJK characters that the source did not type.
 */
import { expect, test } from "@playwright/test";
import { strayCjkGaps } from "./cjk-gaps.ts";
import { chapterSlugs, languages, pagesOf } from "./site-pages.ts";

const phone = { width: 375, height: 812 };
const chapterPaths = new Set(
  languages.flatMap(({ code }) => chapterSlugs.map((slug) => `/${code}/${slug}/`)),
);

for (const { code, htmlLang, other } of languages) {
  for (const path of pagesOf(code)) {
    test(`${path}: its language and twin, a phone's width${code === "zh-cn" ? ", Chinese spacing" : ""}`, async ({
      page,
    }) => {
      await page.setViewportSize(phone);
      await page.emulateMedia({ colorScheme: "light" });
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);

      await expect(page.locator("html")).toHaveAttribute("lang", htmlLang);
      const twin = path.replace(`/${code}/`, `/${other}/`);
      await expect(page.locator(`.language-switcher a[href="${twin}"]`)).toHaveCount(1);
      await expect(page.locator(`link[rel="alternate"][href="${twin}"]`)).toHaveCount(1);

      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, "nothing scrolls sideways").toBeLessThanOrEqual(0);
      if (chapterPaths.has(path)) {
        await expect(page.locator(".lesson h1"), "the title is on the first screen").toBeInViewport({
          ratio: 1,
        });
        const first = page.locator(".lesson > p").first();
        const bottom = await first.evaluate((paragraph) => paragraph.getBoundingClientRect().bottom);
        expect(bottom, "the first paragraph ends on the first screen").toBeLessThanOrEqual(phone.height);
      }

      if (code === "zh-cn") {
        // At desktop width, where the chapter list and the map are open: every text is rendered.
        await page.setViewportSize({ width: 1280, height: 800 });
        // innerText is the text as rendered: a source line break inside a paragraph reads as a space.
        const text = await page.locator("body").innerText();
        expect(text).toMatch(/\p{Script=Han}{4}/u);
        expect(strayCjkGaps(text), "spaces between CJK characters that no source typed").toEqual([]);
      }
    });
  }
}
