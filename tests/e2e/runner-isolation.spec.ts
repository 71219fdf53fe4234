/** Learner code runs away from the site: an opaque origin, no page, output as text, no forged results. */
import { expect, test } from "@playwright/test";
import { replaceCode, runAndWait, useWorkerRuntime } from "./runner-helpers.ts";

test.beforeEach(async ({ page }) => {
  await useWorkerRuntime(page);
  await page.goto("/en/using-asyncio/");
});

test("learner code has an opaque origin and no page, cookies or storage of the site", async ({ page }) => {
  await page.evaluate(() => {
    localStorage.setItem("async-tour:secret", "site data");
    document.cookie = "session=site-cookie; path=/";
  });
  const sample = page.locator('[data-sample="await-one"]');
  await replaceCode(
    page,
    sample,
    [
      "const scope = globalThis as Record<string, unknown>;",
      "console.log(`origin: ${String(scope.origin)}`);",
      "console.log(`document: ${typeof scope.document}, localStorage: ${typeof scope.localStorage}`);",
      `const response = await fetch(${JSON.stringify(new URL("/en/", page.url()).href)}, {`,
      '  credentials: "include",',
      "}).catch(",
      "  (error: unknown) => error,",
      ");",
      'console.log(`site page: ${response instanceof Response ? "readable" : "blocked"}`);',
      "",
    ].join("\n"),
  );
  const lines = await runAndWait(sample);
  expect(lines).toEqual([
    "origin: null",
    "document: undefined, localStorage: undefined",
    // The site answers no CORS request from an opaque origin, so its pages cannot be read.
    "site page: blocked",
  ]);
  expect(lines.join("\n")).not.toContain("site data");
});

test("output and timeline labels that look like HTML are shown as text", async ({ page }) => {
  const sample = page.locator('[data-sample="await-one"]');
  const html = '<img src="x" onerror="document.title = \'taken\'">';
  await replaceCode(
    page,
    sample,
    [
      `console.log(${JSON.stringify(html)});`,
      'performance.mark("<b>bold</b>");',
      "await new Promise((resolve) => setTimeout(resolve, 50));",
      'performance.measure("<b>bold</b>", "<b>bold</b>");',
      "",
    ].join("\n"),
  );
  const title = await page.title();
  const lines = await runAndWait(sample);
  expect(lines[0]).toBe(html);
  await expect(sample.locator("[role=log] img")).toHaveCount(0);
  await expect(sample.locator("[data-timeline] b")).toHaveCount(0);
  await expect(sample.locator("[data-timeline]")).toContainText("<b>bold</b>");
  expect(await page.title()).toBe(title);
});

test("learner code cannot end its own run with a forged message", async ({ page }) => {
  const sample = page.locator('[data-sample="await-one"]');
  await replaceCode(
    page,
    sample,
    [
      "const scope = globalThis as unknown as { postMessage(message: unknown): void };",
      'scope.postMessage({ type: "exit", code: 0, reason: "finished", durationMs: 1 });',
      'scope.postMessage({ type: "output", stream: "stdout", text: "forged", atMs: 0 });',
      "await new Promise((resolve) => setTimeout(resolve, 300));",
      'console.log("the real program went on");',
      "",
    ].join("\n"),
  );
  const lines = await runAndWait(sample);
  expect(lines).toEqual(["the real program went on"]);
});
