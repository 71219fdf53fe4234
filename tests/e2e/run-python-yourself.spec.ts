/**
 * The way from a sample to running its Python at home: every sample offers its Python to copy and
 * to download (exactly the tested file), and links to the page that explains the set-up, whose
 * practice server download is the file the route contract tests.
 */
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { localeCodes } from "../../src/i18n/locales.ts";
import { readSample } from "../../src/samples/sample-files.node.ts";
import { pythonCommands } from "../../src/lib/python-commands.ts";
import { uiTables } from "../../src/i18n/text/ui.ts";

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
    // The buttons are named as a sample shows them.
    const lesson = page.locator("article");
    for (const label of [uiTables[lang].copyPython, uiTables[lang].downloadPython])
      await expect(lesson.locator("strong", { hasText: label }).first()).toBeVisible();
    const link = page.locator('article a[href="/practice_server.py"]');
    await expect(link).toHaveAttribute("download", "");
    const served = await request.get("/practice_server.py");
    expect(await served.text()).toBe(readFileSync("public/practice_server.py", "utf8"));
  });
}

test("the commands come as a tab per system, one choice for every step, kept", async ({ page }) => {
  await page.goto("/en/run-python/");
  const groups = page.locator("[data-platform-tabs]");
  await expect(groups).toHaveCount(3);
  const shown = (step: number) => groups.nth(step).locator(".tab-panel:not([hidden]) pre");
  // Playwright's Chromium says Linux: Debian's lines first, and never a bare `python`.
  await expect(shown(1)).toHaveText(pythonCommands.debian.server);
  await groups.nth(0).getByRole("tab", { name: "Windows" }).click();
  await expect(shown(0)).toHaveText(pythonCommands.windows.install);
  await expect(shown(1)).toHaveText(pythonCommands.windows.server);
  await expect(shown(2)).toHaveText(pythonCommands.windows.sample);
  // Keyboard: the arrow moves to the next tab, and Home back to the first.
  const windows = groups.nth(2).getByRole("tab", { name: "Windows" });
  await windows.focus();
  await page.keyboard.press("ArrowLeft");
  await expect(groups.nth(2).getByRole("tab", { name: "macOS" })).toBeFocused();
  await expect(shown(1)).toHaveText(pythonCommands.macos.server);
  await page.reload();
  await expect(groups.nth(0).getByRole("tab", { name: "macOS" })).toHaveAttribute("aria-selected", "true");
  await expect(shown(2)).toHaveText(pythonCommands.macos.sample);
  await expect(groups.nth(2).getByRole("tabpanel")).toHaveCount(1);
});
