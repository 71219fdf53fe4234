/**
 * Screenshots of the look at 1280 and 375 px, light and dark, in both languages, for a person to
 * review (reports/screenshots, git-ignored). Each also checks that the page does not scroll sideways.
 * Taken in the full run only (`npm run test:full`, E2E_FULL=1): a picture asserts nothing, and the
 * sideways check is every-page.spec.ts's and sample-card.spec.ts's in every run.
 */
import { expect, test } from "@playwright/test";
import { localeCodes } from "../../src/i18n/locales.ts";
import { openIn, shoot, themes } from "./design-helpers.ts";
import { runAndWait, useWorkerRuntime } from "./runner-helpers.ts";
import { fullSweep } from "./site-pages.ts";

test.skip(!fullSweep, "screenshots are for a person to review: npm run test:full takes them");

for (const theme of themes) {
  for (const width of [1280, 375]) {
    for (const lang of localeCodes) {
      test(`${lang} chapter at ${width} px, ${theme}`, async ({ page }) => {
        await useWorkerRuntime(page);
        await openIn(page, `/${lang}/using-asyncio/`, theme, width, width === 375 ? 812 : 900);
        await shoot(page, `chapter-${lang}-${width}-${theme}`);
        const sample = page.locator('[data-sample="two-tasks"]');
        await runAndWait(sample);
        await sample.scrollIntoViewIfNeeded();
        await page.evaluate(() => window.scrollBy(0, -16));
        await shoot(page, `card-${lang}-${width}-${theme}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      });
    }
    test(`cheat sheet at ${width} px, ${theme}`, async ({ page }) => {
      await openIn(page, "/en/cheat-sheet/", theme, width, width === 375 ? 812 : 900);
      await page.locator(".table-scroll").first().scrollIntoViewIfNeeded();
      await shoot(page, `cheat-sheet-${width}-${theme}`);
    });
  }
}
