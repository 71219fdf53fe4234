/** Instructors' links: every heading and sample has a self-link that copies its address; #id highlights. */
import { expect, test } from "@playwright/test";

test("a sample's link copies its address, and opening it highlights the sample", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/en/using-asyncio/");
  const headings = await page.locator("article h2").count();
  expect(await page.locator("article h2 a.anchor-link").count()).toBe(headings);
  const link = page.locator('[data-example="two-tasks"] a.anchor-link');
  await link.click();
  await expect(link).toHaveAttribute("data-copied", "true");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/\/en\/using-asyncio\/#two-tasks$/);

  const visitor = await context.newPage();
  await visitor.goto(copied);
  const sample = visitor.locator("#two-tasks");
  await expect(sample).toBeInViewport();
  const outline = await sample.evaluate((element) => getComputedStyle(element).boxShadow);
  expect(outline).not.toBe("none");
});
