/**
 * A map of the chapter (issue 24, item 3): "On this page" on the right at desktop widths with the
 * section being read marked, a compact menu on a phone; a sticky, slim header with search and
 * language; the Practice page linked near the top of the sidebar and from the home page. Both
 * languages.
 */
import { expect, test, type Locator } from "@playwright/test";

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (found === null) throw new Error("element has no box");
  return found;
}

test("en at 1280 × 800: the map on the right follows the reading; the header stays", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/en/using-asyncio/");
  const map = page.getByRole("navigation", { name: "On this page" });
  const links = map.getByRole("link");
  await expect(map).toBeVisible();
  expect((await box(map)).x).toBeGreaterThanOrEqual((await box(page.locator("main"))).x + 700);
  await expect(links.first()).toHaveAttribute("aria-current", "location");

  // A chosen section is marked, and its heading is not hidden under the sticky header.
  const summary = map.getByRole("link", { name: "Summary" });
  await summary.click();
  await expect(summary).toHaveAttribute("aria-current", "location");
  await expect(map.locator('[aria-current="location"]')).toHaveCount(1);
  const header = page.locator(".site-header");
  const headerBox = await box(header);
  expect(headerBox.y).toBe(0);
  expect(headerBox.height).toBeLessThanOrEqual(60);
  expect((await box(page.locator("#summary"))).y).toBeGreaterThanOrEqual(headerBox.height - 1);
  await expect(header.getByRole("link", { name: "Search" })).toBeInViewport();
  await expect(header.getByRole("navigation", { name: "Language" })).toBeInViewport();

  // Plain scrolling moves the mark too.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(links.first()).toHaveAttribute("aria-current", "location");
  await expect(summary).not.toHaveAttribute("aria-current", "location");

  // Practice sits first in the chapter list.
  const chapters = page.getByRole("navigation", { name: "Chapters" });
  await expect(chapters.getByRole("link").first()).toHaveAttribute("href", "/en/practice/");
});

test("zh-cn on a 390 px phone: the map is a compact menu, the header one slim row", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/zh-cn/using-asyncio/");
  const map = page.getByRole("navigation", { name: "本页内容" });
  const menu = map.locator("details");
  await expect(menu).not.toHaveAttribute("open");
  expect((await box(map)).height).toBeLessThan(60);
  // The chapter itself still starts on the first screen.
  await expect(page.locator("h1")).toBeInViewport();

  await map.getByText("本页内容").click();
  // Found by its markup: once the menu folds, the link is hidden from the accessibility tree.
  const second = map.locator("a[data-section]").nth(1);
  await second.click();
  await expect(second).toHaveAttribute("aria-current", "location");
  await expect(menu).not.toHaveAttribute("open");

  const header = page.locator(".site-header");
  const headerBox = await box(header);
  expect(headerBox.y).toBe(0);
  expect(headerBox.height).toBeLessThanOrEqual(60);
  await expect(header.getByRole("link", { name: "搜索" })).toBeInViewport();

  // The home page of each language links the Practice page.
  await page.goto("/zh-cn/");
  await expect(page.getByRole("link", { name: "练习题：带自动检查的练习" })).toHaveAttribute(
    "href",
    "/zh-cn/practice/",
  );
  await page.goto("/en/");
  await expect(page.getByRole("link", { name: "Practice: exercises with automatic checks" })).toHaveAttribute(
    "href",
    "/en/practice/",
  );
});

test("on a phone the map is folded before any module runs, and opens on a wide screen", async ({ page }) => {
  // The page without its module scripts (inline or not), which run only after the whole page is
  // parsed: what is left is what a first paint can show.
  await page.route("**/en/using-asyncio/", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/<script type="module"[\s\S]*?<\/script>/g, "");
    await route.fulfill({ response, body: html });
  });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/en/using-asyncio/");
  const menu = page.getByRole("navigation", { name: "On this page" }).locator("details");
  await expect(menu).not.toHaveAttribute("open");
  await expect(page.locator("main p").first()).toBeInViewport();
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(menu).toHaveAttribute("open");
});
