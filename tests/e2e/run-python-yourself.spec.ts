/**
 * The way from a sample to running its Python at home: every sample offers its Python to copy and
 * to download (exactly the tested file), and links to the page that explains the set-up, whose
 * practice server download is the file the route contract tests.
 */
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { localeCodes } from "../../src/i18n/locales.ts";
import { readSample } from "../../src/samples/sample-files.node.ts";

const pythonOf = (id: string) => readSample(id).python;

for (const lang of localeCodes) {
  test(`${lang}: every sample offers its Python and the way to run it`, async ({ page, request }) => {
    await page.goto(`/${lang}/http-requests/`);
    const samples = page.locator("section[data-sample]:not([data-exercise])");
    const count = await samples.count();
    expect(count).toBeGreaterThan(3);
    for (let index = 0; index < count; index += 1) {
      const sample = samples.nth(index);
      const id = (await sample.getAttribute("data-sample")) ?? "";
      const python = sample.locator('[data-panel="python"]');
      const download = python.locator("a[download]");
      await expect(download).toHaveAttribute("download", "main.py");
      const response = await request.get((await download.getAttribute("href")) ?? "");
      expect(response.ok()).toBe(true);
      expect(await response.text()).toBe(pythonOf(id));
      await expect(python.locator(`a[href="/${lang}/run-python/"]`)).toBeVisible();
    }
  });
}

test("Copy puts the Python on the clipboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/en/using-asyncio/");
  const python = page.locator('[data-sample="two-tasks"] [data-panel="python"]');
  await python.getByRole("button", { name: "Copy the Python code" }).click();
  await expect(python.getByRole("button", { name: "Copy the Python code" })).toHaveText("Copied");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.trim()).toBe(pythonOf("two-tasks").trim());
});

for (const lang of localeCodes) {
  test(`${lang}: the run-it-yourself page serves the practice server learners run`, async ({
    page,
    request,
  }) => {
    await page.goto(`/${lang}/run-python/`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const link = page.locator('article a[href="/practice_server.py"]');
    await expect(link).toHaveAttribute("download", "");
    const served = await request.get("/practice_server.py");
    expect(await served.text()).toBe(readFileSync("public/practice_server.py", "utf8"));
  });
}
