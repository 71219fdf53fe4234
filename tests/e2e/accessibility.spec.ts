/** axe finds no serious or critical problem on any page, in either language or theme. */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const themes = ["light", "dark"] as const;

async function sitePaths(page: Page): Promise<string[]> {
  const paths: string[] = [];
  for (const lang of ["en", "zh-cn"]) {
    await page.goto(`/${lang}/`);
    const chapters = await page
      .locator(".sidebar a")
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    paths.push(`/${lang}/`, `/${lang}/search/`, ...chapters);
  }
  return paths;
}

for (const theme of themes) {
  test(`every page passes axe in the ${theme} theme`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: theme });
    for (const path of await sitePaths(page)) {
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
    }
  });
}
