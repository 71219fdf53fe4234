/** axe finds no serious or critical problem on any page, in either language or theme. */
import { expect, test } from "@playwright/test";
import { seriousViolations } from "./axe-helpers.ts";
import { languages, pagesOf } from "./site-pages.ts";

const themes = ["light", "dark"] as const;

for (const theme of themes) {
  for (const path of languages.flatMap(({ code }) => pagesOf(code))) {
    test(`${path} passes axe in the ${theme} theme`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
      expect(await seriousViolations(page), `${path} (${theme})`).toEqual([]);
    });
  }
}
