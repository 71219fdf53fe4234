/**
 * An address the site does not have gets a 404 with the site's own page: what was asked for (as
 * text), and the ways back, in the language the address belongs to first.
 */
import { expect, test } from "@playwright/test";
import { uiTables } from "../../src/i18n/text/ui.ts";
import { seriousViolations } from "./axe-helpers.ts";

for (const [lang, other] of [
  ["en", "zh-cn"],
  ["zh-cn", "en"],
] as const) {
  test(`${lang}: a missing page answers 404, in ${lang} first, with the ways back`, async ({ page }) => {
    const response = await page.goto(`/${lang}/no-such-chapter/<b>x</b>/`);
    expect(response?.status()).toBe(404);
    const blocks = page.locator("[data-not-found-lang]");
    await expect(blocks.first()).toHaveAttribute("data-not-found-lang", lang);
    await expect(blocks.nth(1)).toHaveAttribute("data-not-found-lang", other);
    const first = blocks.first();
    await expect(first.getByRole("heading", { level: 1 })).toHaveText(uiTables[lang].notFoundTitle);
    // The address shows as text: the markup in it is not markup.
    await expect(first.locator("[data-not-found-path]")).toHaveText(`/${lang}/no-such-chapter/<b>x</b>/`);
    await expect(page.locator("[data-not-found] b")).toHaveCount(0);
    await first.getByRole("link", { name: uiTables[lang].notFoundHome }).click();
    await expect(page).toHaveURL(`/${lang}/`);
  });
}

test("the not-found page passes axe", async ({ page }) => {
  await page.goto("/zh-cn/missing/");
  expect(await seriousViolations(page)).toEqual([]);
});
