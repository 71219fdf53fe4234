/** Instructors' links: every heading and sample has a self-link that copies its address; #id highlights. */
import { expect, test } from "@playwright/test";
import { chapterSlugs } from "./site-pages.ts";

/** The ids of a page's section headings (h2 to h6, not the samples' titles), in order. */
function headingIds(html: string): string[] {
  return [...html.matchAll(/<h[2-6](?![^>]*class="(?:sample|exercise)-title")[^>]*\bid="([^"]+)"/g)].map(
    (match) => match[1] ?? "",
  );
}

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

test("Chinese sections have short ASCII ids, the English ones, and every link to a section finds it", async ({
  page,
  context,
  request,
}) => {
  const pages = new Map<string, string>();
  for (const slug of chapterSlugs)
    for (const lang of ["en", "zh-cn"])
      pages.set(`/${lang}/${slug}/`, await (await request.get(`/${lang}/${slug}/`)).text());
  for (const slug of chapterSlugs) {
    const ids = headingIds(pages.get(`/zh-cn/${slug}/`) ?? "");
    expect(ids.length, slug).toBeGreaterThan(0);
    for (const id of ids) expect(id, slug).toMatch(/^[a-z0-9-]{1,60}$/);
    expect(new Set(ids).size, slug).toBe(ids.length);
    // The outlines match, so each section has the same id in both languages.
    expect(ids, slug).toEqual(headingIds(pages.get(`/en/${slug}/`) ?? ""));
  }
  // Every "#id" link, in the page (the map, the self-links) or to another chapter, finds its target.
  for (const [path, html] of pages) {
    const targets = [...html.matchAll(/href="((?:\/(?:en|zh-cn)\/[a-z-]+\/)?)#([^"]+)"/g)];
    for (const [, to, id] of targets) {
      const target = pages.get(to === "" ? path : (to ?? ""));
      if (target === undefined || id === "top" || id === "content") continue;
      expect(target, `${path} links to ${to ?? ""}#${id ?? ""}`).toContain(`id="${id ?? ""}"`);
    }
  }

  // In the browser: a section's link copies a short address, and the map leads to the section.
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/zh-cn/why-async/");
  const mapLink = page.getByRole("navigation", { name: "本页内容" }).getByRole("link").nth(1);
  const href = (await mapLink.getAttribute("href")) ?? "";
  expect(href).toMatch(/^#[a-z0-9-]+$/);
  await mapLink.click();
  const heading = page.locator(`article [id="${href.slice(1)}"]`);
  await expect(heading).toBeInViewport();
  await heading.locator("a.anchor-link").click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(new RegExp(`/zh-cn/why-async/${href}$`));
  expect(copied.length).toBeLessThan(90);
});
