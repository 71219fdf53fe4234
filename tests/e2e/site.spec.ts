/**
 * The site itself: both languages, the chapter links, the language menu and highlighted samples.
 * Every page's language and twin links are held in every-page.spec.ts.
 */
import { expect, test } from "@playwright/test";
import { languages, listedPagesOf } from "./site-pages.ts";

test("/ sends the reader to the English home page", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/en\/$/);
});

for (const { code, htmlLang, other } of languages) {
  test(`${code}: index links to the chapter, whose samples are highlighted`, async ({ page }) => {
    await page.goto(`/${code}/`);
    await expect(page.locator("html")).toHaveAttribute("lang", htmlLang);

    const chapterLink = page.locator(".chapter-list").locator(`a[href="/${code}/using-asyncio/"]`);
    await chapterLink.click();
    await expect(page).toHaveURL(new RegExp(`/${code}/using-asyncio/$`));
    await expect(page.locator("html")).toHaveAttribute("lang", htmlLang);

    const sample = page.locator('[data-sample="two-tasks"]');
    await expect(sample).toBeVisible();
    for (const panel of ["python", "ts"]) {
      // Shiki marks highlighted code with its class; each token is an <i> whose colour class
      // (code-colours.ts) paints it in one of several colours once the stylesheet has loaded.
      const code = sample.locator(`[data-panel="${panel}"] pre.astro-code`).first();
      await expect(code).toBeVisible();
      const colours = await code
        .locator("i")
        .evaluateAll((tokens) => new Set(tokens.map((token) => getComputedStyle(token).color)).size);
      expect(colours).toBeGreaterThan(3);
    }
    await expect(sample.locator('[data-panel="python"]')).toContainText("asyncio.create_task");
    await expect(sample.locator('[data-panel="ts"]')).toContainText("performance.now()");
  });

  test(`${code}: the language switcher opens the same chapter in ${other}`, async ({ page }) => {
    await page.goto(`/${code}/using-asyncio/`);
    const switcher = page.locator(".language-switcher");
    await expect(switcher.locator('[aria-current="page"]')).toHaveAttribute(
      "href",
      `/${code}/using-asyncio/`,
    );
    await switcher.locator("summary").click();
    await switcher.locator(`a[href="/${other}/using-asyncio/"]`).click();
    await expect(page).toHaveURL(new RegExp(`/${other}/using-asyncio/$`));
  });
}

test("the language menu shows no Chinese on an English page until opened, and closes as a menu does", async ({
  page,
}) => {
  await page.goto("/en/using-asyncio/");
  const han = /\p{Script=Han}/u;
  // Closed, its links are not rendered: no font lookup for their glyphs at the first layout.
  expect(await page.locator("body").innerText()).not.toMatch(han);
  const menu = page.locator(".language-switcher details");
  const button = menu.locator("summary");
  await expect(button).toHaveText("English");
  await button.click();
  await expect(menu.locator('a[hreflang="zh-CN"]')).toBeVisible();
  expect(await page.locator("body").innerText()).toMatch(han);
  await page.keyboard.press("Escape");
  await expect(menu).not.toHaveAttribute("open");
  await expect(button).toBeFocused();
  await button.click();
  await page.locator("main p").first().click();
  await expect(menu).not.toHaveAttribute("open");
});

test("switching language keeps a sample's link and a section's", async ({ page }) => {
  await page.goto("/en/using-asyncio/#two-tasks");
  await page.locator(".language-switcher summary").click();
  await page.locator('.language-switcher a[hreflang="zh-CN"]').click();
  await expect(page).toHaveURL(/\/zh-cn\/using-asyncio\/#two-tasks$/);
  await expect(page.locator("#two-tasks")).toBeInViewport();
  // A section has the same id in both languages (the English one), so its link is kept too.
  const section = (await page.locator("main h2[id]").nth(2).getAttribute("id")) ?? "";
  await page.goto(`/zh-cn/using-asyncio/#${section}`);
  await page.locator(".language-switcher summary").click();
  await page.locator('.language-switcher a[hreflang="en"]').click();
  await expect(page).toHaveURL(new RegExp(`/en/using-asyncio/#${section}$`));
  await expect(page.locator(`main h2[id="${section}"]`)).toBeInViewport();
});

test("a sample id in the URL is an anchor on both language pages", async ({ page }) => {
  for (const { code } of languages) {
    await page.goto(`/${code}/using-asyncio/#await-one`);
    await expect(page.locator("#await-one")).toBeInViewport();
  }
});

for (const { code } of languages) {
  test(`${code}: the chapter list links every published chapter, in order, and the practice page`, async ({
    page,
  }) => {
    await page.goto(`/${code}/`);
    const chapterPaths = await page
      .locator(".sidebar a")
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    // Practice comes first, near the top; then the chapters in order.
    const practice = `/${code}/practice/`;
    expect(chapterPaths).toEqual([practice, ...listedPagesOf(code).filter((path) => path !== practice)]);
  });
}
