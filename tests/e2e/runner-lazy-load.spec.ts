/**
 * A Run loads only what it needs: code as shipped runs as the build transpiled it (one small file),
 * with no editor and no transpiler fetched; a click on the code brings the editor, and running the edit brings
 * the transpiler. Output must match the sample's expected text either way.
 */
import { expect, test, type Page } from "@playwright/test";
import { runAndWait, useWorkerRuntime } from "./runner-helpers.ts";

/** Paths of the site's scripts the page has fetched so far. */
function scriptsFetched(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.endsWith(".js")),
  );
}

test("an unedited Run fetches no editor and no transpiler; editing brings both", async ({ page }) => {
  await useWorkerRuntime(page);
  await page.goto("/en/asyncio-basics/");
  const sample = page.locator('[data-sample="coroutine-is-lazy"]');
  const expected = (await sample.locator("[data-expected-output]").textContent()) ?? "";

  const lines = await runAndWait(sample);
  await expect(sample).toHaveAttribute("data-run-state", "done");
  expect(lines.join("\n")).toBe(expected.trimEnd());
  await expect(sample.locator(".cm-editor")).toHaveCount(0);
  const afterRun = await scriptsFetched(page);
  expect(afterRun.some((path) => path.includes("/runner/runtime.js"))).toBe(true);
  expect(afterRun.filter((path) => /code-editor|transpile/.test(path))).toEqual([]);
  // What ran instead: the build's run of this code, a file of its own rather than JSON in the page.
  const prebuilt = await page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith("/prebuilt/")),
  );
  expect(prebuilt).toHaveLength(1);

  await sample.locator('[data-panel="ts"] pre').click();
  const content = sample.locator("[data-editor=ts] .cm-content");
  await expect(content).toBeFocused();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.insertText('\nconsole.log("edited");');
  const edited = await runAndWait(sample);
  expect(edited.at(-1)).toBe("edited");
  const afterEdit = await scriptsFetched(page);
  expect(afterEdit.some((path) => path.includes("code-editor"))).toBe(true);
  expect(afterEdit.some((path) => path.includes("transpile"))).toBe(true);
});
