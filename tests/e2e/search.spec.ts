/**
 * Site search (Pagefind) finds chapters in the reader's language, shows results as text, opens a
 * result at the section that matched, keeps "#" out of titles and excerpts, marks matches in the
 * theme's colours, and says what to try when nothing matches.
 */
import { expect, test } from "@playwright/test";
import { openIn, shoot, themes } from "./design-helpers.ts";

test("English search finds the chapter on tasks", async ({ page }) => {
  await page.goto("/en/");
  await page.getByRole("link", { name: "Search" }).click();
  await page.getByLabel("Search the chapters").fill("create_task");
  await page.getByRole("button", { name: "Search" }).click();
  const results = page.locator("[data-search-results] li");
  // The index loads on this first search; a busy machine needs more than 5 s.
  await expect(results.first()).toBeVisible({ timeout: 15_000 });
  await expect(page.locator("[data-search-results]")).toContainText("Using asyncio");
  await expect(results.first().locator("mark").first()).toBeVisible();
  await results.first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/en\/using-asyncio\/#[\w-]+$/);
});

test("a result opens at the section that matched, not at the top of the page", async ({ page }) => {
  await page.goto(`/en/search/?q=${encodeURIComponent("TaskGroup")}`);
  const link = page.locator(".search-result-title a").first();
  const href = await link.getAttribute("href");
  expect(href).toMatch(/#[\w-]+$/);
  await link.click();
  const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
  const target = page.locator(`[id="${id}"]`);
  await expect(target).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
});

for (const query of ["asyncio", "gather", "事件循环"]) {
  test(`no "#" from heading links in titles or excerpts: ${query}`, async ({ page }) => {
    const lang = /^[a-z]/.test(query) ? "en" : "zh-cn";
    await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}`);
    const results = page.locator("[data-search-results] li");
    await expect(results.first()).toBeVisible({ timeout: 15_000 });
    for (const text of await page.locator(".search-result-title, .search-result-more a").allTextContents())
      expect(text).not.toContain("#");
    // A heading's self-link would leave "Title#" at the join with the next words. (A "# " after a
    // space is a Python comment from a sample's code, which is rightly searchable.)
    for (const text of await results.locator("p").allTextContents())
      expect(text).not.toMatch(/[^\s#]#(\s|$)/);
  });
}

for (const theme of themes) {
  test(`${theme}: matches are marked in the theme's colours, not raw yellow`, async ({ page }) => {
    await openIn(page, `/en/search/?q=${encodeURIComponent("event loop")}`, theme, 1280);
    const mark = page.locator("[data-search-results] mark").first();
    await expect(mark).toBeVisible({ timeout: 15_000 });
    const colours = await mark.evaluate((element) => {
      const style = getComputedStyle(element);
      return {
        background: style.backgroundColor,
        text: style.color,
        body: getComputedStyle(document.body).color,
      };
    });
    expect(colours.background).not.toBe("rgb(255, 255, 0)");
    expect(colours.text).toBe(colours.body);
    await shoot(page, `search-results-1280-${theme}`);
    await page.setViewportSize({ width: 375, height: 812 });
    await shoot(page, `search-results-375-${theme}`);
  });
}

for (const { lang, other, spelling, browse } of [
  { lang: "en", other: "zh-cn", spelling: "Check the spelling", browse: "Browse the chapter list" },
  { lang: "zh-cn", other: "en", spelling: "检查一下拼写", browse: "浏览章节目录" },
]) {
  test(`${lang}: a search with no result says what to try next`, async ({ page }) => {
    // Pagefind matches word prefixes, so the query is a word no chapter begins one with.
    const query = "walrus";
    await page.goto(`/${lang}/search/?q=${query}`);
    await expect(page.getByRole("status")).toContainText(query, { timeout: 15_000 });
    const empty = page.locator("[data-search-empty]");
    await expect(empty).toBeVisible();
    await expect(empty).toContainText(spelling);
    const otherLanguage = empty.getByRole("link").first();
    await expect(otherLanguage).toHaveAttribute("href", `/${other}/search/?q=${query}`);
    await expect(empty.getByRole("link", { name: browse })).toHaveAttribute("href", `/${lang}/`);
    await shoot(page, `search-empty-${lang}`);
    await otherLanguage.click();
    await expect(page.locator("html")).toHaveAttribute("lang", other === "en" ? "en" : "zh-CN");
    await expect(page.locator("input[name=q]")).toHaveValue(query);
  });
}

test("Chinese search uses the Chinese index", async ({ page }) => {
  await page.goto(`/zh-cn/search/?q=${encodeURIComponent("事件循环")}`);
  // The index loads on this first search, as above.
  await expect(page.locator("[data-search-results]")).toContainText("使用 asyncio", { timeout: 15_000 });
  await expect(page.locator("[data-search-results] a").first()).toHaveAttribute("href", /\/zh-cn\//);
});
