/**
 * What a sample shows as its expected output is what the sample suite holds its programs to
 * (expected.txt for the TypeScript, expected.python.txt where the Python prints differently), on
 * every chapter page in both languages; and a sample with two shows them as tabs.
 */
import { expect, test } from "@playwright/test";
import { localeCodes } from "../../src/i18n/locales.ts";
import { readAllSamples } from "../../src/samples/sample-files.node.ts";
import { chapterSlugs } from "./site-pages.ts";

const samples = new Map(readAllSamples().map((sample) => [sample.id, sample]));

test("every chapter shows each sample's expected outputs exactly as the suite runs them", async ({
  page,
}) => {
  await page.goto("/en/");
  const paths = localeCodes.flatMap((lang) => chapterSlugs.map((slug) => `/${lang}/${slug}/`));
  // Parsed by the browser from the served pages: no layout needed, so every page takes one fetch.
  const shown = await page.evaluate(async (pagePaths) => {
    const found: { path: string; id: string; typescript: string | null; python: string | null }[] = [];
    for (const path of pagePaths) {
      const html = await (await fetch(path)).text();
      const doc = new DOMParser().parseFromString(html, "text/html");
      for (const section of doc.querySelectorAll("section[data-sample]:not([data-exercise])"))
        found.push({
          path,
          id: section.getAttribute("data-sample") ?? "",
          typescript: section.querySelector("[data-expected-output]")?.textContent ?? null,
          python: section.querySelector("[data-expected-python]")?.textContent ?? null,
        });
    }
    return found;
  }, paths);
  expect(shown.length).toBeGreaterThan(100);
  for (const { path, id, typescript, python } of shown) {
    const files = samples.get(id);
    expect(files, `${path}: ${id} is a sample`).toBeDefined();
    expect(typescript, `${path}: ${id}, TypeScript`).toBe(files?.expected);
    expect(python, `${path}: ${id}, Python`).toBe(files?.expectedPython ?? null);
  }
  // Every sample whose Python differs is shown somewhere, in both languages.
  const differing = [...samples.values()].filter((sample) => sample.expectedPython !== undefined);
  for (const lang of localeCodes)
    for (const sample of differing)
      expect(
        shown.some(
          (entry) => entry.id === sample.id && entry.path.startsWith(`/${lang}/`) && entry.python !== null,
        ),
        `${lang}: ${sample.id}`,
      ).toBe(true);
});

test("two expected outputs are tabs, each Run brings its own forward, and the page lists them", async ({
  page,
}) => {
  await page.goto("/en/using-asyncio/");
  const sample = page.locator('[data-sample="await-noop"]');
  const expected = sample.locator("[data-expected-tabs]");
  const typescriptTab = expected.getByRole("tab", { name: "TypeScript" });
  const pythonTab = expected.getByRole("tab", { name: "Python" });
  await expect(typescriptTab).toHaveAttribute("aria-selected", "true");
  await expect(expected.getByRole("tabpanel").locator("pre")).toHaveText(
    samples.get("await-noop")?.expected ?? "-",
  );
  await pythonTab.click();
  await expect(expected.getByRole("tabpanel").locator("pre")).toHaveText(
    samples.get("await-noop")?.expectedPython ?? "-",
  );
  await page.keyboard.press("ArrowLeft");
  await expect(typescriptTab).toBeFocused();
  await expect(typescriptTab).toHaveAttribute("aria-selected", "true");
  await sample.locator('[data-action="run-python"]').click();
  await expect(pythonTab).toHaveAttribute("aria-selected", "true");
  await sample.getByRole("button", { name: "Run", exact: true }).click();
  await expect(typescriptTab).toHaveAttribute("aria-selected", "true");
  // The run-it-yourself page lists the same samples, linked to where they are.
  await page.goto("/en/run-python/");
  const listed = page.locator("[data-python-differs-list] li");
  const differing = [...samples.values()].filter((sample) => sample.expectedPython !== undefined);
  await expect(listed).toHaveCount(differing.length);
  await expect(listed.locator('a[href="/en/using-asyncio/#await-noop"]')).toBeVisible();
});
