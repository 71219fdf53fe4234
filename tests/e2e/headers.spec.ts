/** The preview server sends the cross-origin isolation headers a WebContainer needs, and Python's caching. */
import { expect, test } from "@playwright/test";
import type { PythonManifest } from "../../src/runner/python/python-files.ts";

const isolation = {
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-embedder-policy": "require-corp",
};

test("HTML and assets are sent with COOP and COEP", async ({ request, page }) => {
  const html = await request.get("/en/using-asyncio/");
  expect(html.headers()).toMatchObject(isolation);

  await page.goto("/en/using-asyncio/");
  // A module script is one of the page's assets.
  const script = await page.locator("script[src]").first().getAttribute("src");
  expect(script).not.toBeNull();
  const asset = await request.get(script ?? "");
  expect(asset.headers()).toMatchObject(isolation);
});

test("the page is cross-origin isolated in the browser", async ({ page }) => {
  await page.goto("/en/using-asyncio/");
  expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(true);
});

test("Python's versioned files are kept for a year, its manifest is asked for every time", async ({
  request,
}) => {
  const manifestResponse = await request.get("/python/manifest.json");
  expect(manifestResponse.headers()["cache-control"]).toBe("no-cache");
  const manifest = (await manifestResponse.json()) as PythonManifest;
  // The build this runs against must hold Python, or there is nothing to check.
  expect(manifest.available).toBe(true);
  if (!manifest.available) return;
  const urls = [...Object.values(manifest.files), manifest.sitePackages].map(({ url }) => url);
  for (const url of urls) {
    const response = await request.head(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()["cache-control"], url).toBe("public, max-age=31536000, immutable");
    expect(response.headers(), url).toMatchObject(isolation);
  }
});
