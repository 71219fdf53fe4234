/** axe finds no serious or critical problem on any page, in either language or theme. */
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { languages, pagesOf } from "./site-pages.ts";

const themes = ["light", "dark"] as const;

for (const theme of themes) {
  for (const path of languages.flatMap(({ code }) => pagesOf(code))) {
    test(`${path} passes axe in the ${theme} theme`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations
        .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
        .map(
          (violation) =>
            `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
        );
      expect(serious, `${path} (${theme})`).toEqual([]);
    });
  }
}
