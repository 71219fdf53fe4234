/**
 * axe finds no serious or critical problem on any page, in either language or theme (every page
 * with E2E_FULL=1; a slice of every kind of page otherwise, see site-pages.ts).
 *
 * Each page opens once: every rule in the light theme, then the rules that judge colours in the
 * dark one. The themes differ in colours only, so the other rules would find the same in both.
 */
import { expect, test } from "@playwright/test";
import { colourRules, seriousViolations } from "./axe-helpers.ts";
import { axePagesQuick, fullSweep, languages, pagesOf } from "./site-pages.ts";

const paths = fullSweep ? languages.flatMap(({ code }) => pagesOf(code)) : axePagesQuick;
for (const path of paths) {
  test(`${path} passes axe in the light theme, and its colour rules in the dark one`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
    expect(await seriousViolations(page), `${path} (light)`).toEqual([]);
    // As a reader switches: the header's toggle (the theme is read from the system once, at load).
    await page.locator("[data-theme-toggle]").first().click();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    expect(await seriousViolations(page, colourRules), `${path} (dark)`).toEqual([]);
  });
}
