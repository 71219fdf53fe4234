/** Site search (Pagefind) finds chapters in the reader's language and shows results as text. */
import { expect, test } from "@playwright/test";

test("English search finds the chapter on tasks", async ({ page }) => {
  await page.goto("/en/");
  await page.getByRole("link", { name: "Search" }).click();
  await page.getByLabel("Search the chapters").fill("create_task");
  await page.getByRole("button", { name: "Search" }).click();
  const results = page.locator("[data-search-results] li");
  await expect(results.first()).toBeVisible();
  await expect(page.locator("[data-search-results]")).toContainText("Using asyncio");
  await expect(results.first().locator("mark").first()).toBeVisible();
  await results.first().getByRole("link").click();
  await expect(page).toHaveURL(/\/en\/using-asyncio\/$/);
});

test("Chinese search uses the Chinese index", async ({ page }) => {
  await page.goto(`/zh-cn/search/?q=${encodeURIComponent("事件循环")}`);
  await expect(page.locator("[data-search-results]")).toContainText("使用 asyncio");
  await expect(page.locator("[data-search-results] a").first()).toHaveAttribute("href", /\/zh-cn\//);
});
