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
  const link = page.locator('[data-sample="two-tasks"] a.anchor-link');
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

for (const path of ["/en/using-asyncio/", "/zh-cn/best-practices/", "/en/practice/", "/zh-cn/practice/"]) {
  test(`${path}: the title and every section heading link to themselves`, async ({ page }) => {
    await page.goto(path);
    const headings = page.locator("article :is(h1, h2, h3):not(.sample-title, .exercise-title)");
    const count = await headings.count();
    expect(count).toBeGreaterThan(1);
    for (let index = 0; index < count; index += 1) {
      const heading = headings.nth(index);
      const id = await heading.getAttribute("id");
      expect(id, await heading.innerText()).not.toBeNull();
      await expect(heading.locator("a.anchor-link")).toHaveAttribute("href", `#${id ?? ""}`);
    }
  });
}

test("an exercise's link highlights it", async ({ page }) => {
  await page.goto("/en/practice/#limit-two");
  const exercise = page.locator("#limit-two");
  await expect(exercise).toBeInViewport();
  expect(await exercise.evaluate((element) => getComputedStyle(element).boxShadow)).not.toBe("none");
});
