/** The preview server sends the cross-origin isolation headers a WebContainer needs. */
import { expect, test } from "@playwright/test";

const isolation = {
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-embedder-policy": "require-corp",
};

test("HTML and assets are sent with COOP and COEP", async ({ request, page }) => {
  const html = await request.get("/en/using-asyncio/");
  expect(html.headers()).toMatchObject(isolation);

  await page.goto("/en/using-asyncio/");
  const stylesheet = await page.locator('link[rel="stylesheet"]').first().getAttribute("href");
  expect(stylesheet).not.toBeNull();
  const asset = await request.get(stylesheet ?? "");
  expect(asset.headers()).toMatchObject(isolation);
});

test("the page is cross-origin isolated in the browser", async ({ page }) => {
  await page.goto("/en/using-asyncio/");
  expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(true);
});
