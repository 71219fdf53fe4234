/**
 * axe finds no serious or critical problem on any page, in either language or theme (every page
 * with E2E_FULL=1; a slice of every kind of page otherwise, see site-pages.ts).
 */
import { expect, test } from "@playwright/test";
import { seriousViolations } from "./axe-helpers.ts";
import { axePagesQuick, fullSweep, languages, pagesOf } from "./site-pages.ts";

const themes = ["light", "dark"] as const;

for (const theme of themes) {
  const paths = fullSweep ? languages.flatMap(({ code }) => pagesOf(code)) : axePagesQuick;
  for (const path of paths) {
    test(`${path} passes axe in the ${theme} theme`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
      expect(await seriousViolations(page), `${path} (${theme})`).toEqual([]);
    });
  }
}
