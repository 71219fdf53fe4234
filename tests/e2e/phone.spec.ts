/**
 * The phone (issue 10, item 6): at 375 × 812 the chapter list folds, and every control is at least
 * 44 px tall. That every chapter's title and first paragraph fit the first screen is held, page by
 * page, in every-page.spec.ts.
 */
import { expect, test } from "@playwright/test";
import { openIn } from "./design-helpers.ts";
import { chapterSlugs, languages } from "./site-pages.ts";

const phone = { width: 375, height: 812 };

for (const { code } of languages) {
  test(`${code}: the folded chapter list names the chapter and opens to every chapter`, async ({ page }) => {
    await openIn(page, `/${code}/using-asyncio/`, "light", phone.width, phone.height);
    const summary = page.locator(".sidebar summary");
    await expect(summary).toContainText("asyncio");
    const links = page.locator(".sidebar li a");
    await expect(links.first()).toBeHidden();
    await summary.click();
    await expect(links.first()).toBeVisible();
    await expect(links).toHaveCount(chapterSlugs.length + 1);
  });
}

test("at 375 px every button and navigation link is a 44 px touch target", async ({ page }) => {
  await openIn(page, "/en/using-asyncio/", "light", phone.width, phone.height);
  await page.locator(".sidebar summary").click();
  const small = await page
    .locator("header a, header button, .sidebar summary, .sidebar a, .sample button, .prev-next a")
    .evaluateAll((targets) =>
      targets
        .filter((target) => target.getClientRects().length > 0)
        .map((target) => ({ target, rect: target.getBoundingClientRect() }))
        .filter(({ rect }) => rect.height < 44 || rect.width < 44)
        .map(
          ({ target, rect }) =>
            `${target.textContent.trim()} ${Math.round(rect.width)}×${Math.round(rect.height)}`,
        ),
    );
  expect(small).toEqual([]);
});
