import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import astroConfig from "../../astro.config.mjs";
import { pathHeadersProxy } from "./path-headers-server.node.ts";
import {
  contentSecurityPolicy,
  formatPolicy,
  headersForPath,
  pathHeaders,
  pathPattern,
  siteHeaders,
  vercelSource,
  webContainerOrigin,
} from "./site-headers.ts";

const root = new URL("../../", import.meta.url);

/** The headers `public/_headers` sets for one path pattern (Netlify's and Cloudflare's format). */
function netlifyHeaders(text: string, pattern: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let inBlock = false;
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      inBlock = line.trim() === pattern;
      continue;
    }
    const colon = line.indexOf(":");
    if (inBlock) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}

interface VercelConfig {
  headers: { source: string; headers: { key: string; value: string }[] }[];
}

describe("the site's headers", () => {
  it("are the same in public/_headers, vercel.json and the dev and preview servers", () => {
    const netlify = netlifyHeaders(readFileSync(new URL("public/_headers", root), "utf8"), "/*");
    expect(netlify).toEqual(siteHeaders);

    const vercel = JSON.parse(readFileSync(new URL("vercel.json", root), "utf8")) as VercelConfig;
    const everyPath = vercel.headers.filter((rule) => rule.source === "/(.*)");
    expect(everyPath).toHaveLength(1);
    const pairs = everyPath[0]?.headers.map(({ key, value }) => [key, value]) ?? [];
    expect(Object.fromEntries(pairs)).toEqual(siteHeaders);

    expect(astroConfig.server).toMatchObject({ headers: siteHeaders });
  });

  it("add the same headers for the same paths in public/_headers, vercel.json and the servers", () => {
    const netlifyText = readFileSync(new URL("public/_headers", root), "utf8");
    const netlifyPaths = netlifyText
      .split("\n")
      .filter((line) => line.startsWith("/") && line.trim() !== "/*");
    expect(netlifyPaths).toEqual(pathHeaders.map(({ path }) => path));
    for (const { path, headers } of pathHeaders)
      expect(netlifyHeaders(netlifyText, path), path).toEqual(headers);

    const vercel = JSON.parse(readFileSync(new URL("vercel.json", root), "utf8")) as VercelConfig;
    const vercelRules = vercel.headers
      .filter((rule) => rule.source !== "/(.*)")
      .map(({ source, headers }) => ({
        source,
        headers: Object.fromEntries(headers.map(({ key, value }) => [key, value])),
      }));
    expect(vercelRules).toEqual(
      pathHeaders.map(({ path, headers }) => ({ source: vercelSource(path), headers })),
    );

    // The dev and preview servers' proxy rules: one per path, each keyed by its pattern.
    const proxy = pathHeadersProxy();
    const config = astroConfig as { vite?: { server?: { proxy?: object }; preview?: { proxy?: object } } };
    expect(Object.keys(config.vite?.server?.proxy ?? {})).toEqual(Object.keys(proxy));
    expect(Object.keys(config.vite?.preview?.proxy ?? {})).toEqual(Object.keys(proxy));
    expect(Object.keys(proxy)).toHaveLength(pathHeaders.length);
  });

  it("keep Python's versioned files for a year and ask for its manifest every time", () => {
    const immutable = { "Cache-Control": "public, max-age=31536000, immutable" };
    expect(headersForPath("/python/pyodide-314.0.8/pyodide.asm.wasm")).toEqual(immutable);
    expect(headersForPath("/python/site-packages-93e9a762583951d3.zip")).toEqual(immutable);
    expect(headersForPath("/python/manifest.json")).toEqual({ "Cache-Control": "no-cache" });
    for (const other of ["/python/", "/python/manifest.json.bak", "/en/python/pyodide-1/", "/runner/x.js"])
      expect(headersForPath(other), other).toEqual({});
  });

  it("read `*` in a path as a run of zero or more characters and every other character as itself", () => {
    expect(pathPattern("/a/b-*.zip").test("/a/b-1/2.zip")).toBe(true);
    expect(pathPattern("/a/b.json").test("/a/bxjson")).toBe(false);
    expect(vercelSource("/a/b-*")).toBe("/a/b-(.*)");
  });

  it("isolate the page cross-origin, as the WebContainer needs", () => {
    expect(siteHeaders["Cross-Origin-Opener-Policy"]).toBe("same-origin");
    expect(siteHeaders["Cross-Origin-Embedder-Policy"]).toBe("require-corp");
  });

  it("send the site's origin as the Referer to other sites, which StackBlitz checks", () => {
    // Policies that keep the origin on a cross-origin HTTPS request; no-referrer and same-origin drop it.
    const sendsOrigin = [
      "strict-origin-when-cross-origin",
      "strict-origin",
      "origin",
      "origin-when-cross-origin",
      "no-referrer-when-downgrade",
    ];
    expect(sendsOrigin).toContain(siteHeaders["Referrer-Policy"]);
  });

  it("forbid framing by other sites, both ways browsers read it", () => {
    expect(siteHeaders["X-Frame-Options"]).toBe("SAMEORIGIN");
    expect(contentSecurityPolicy["frame-ancestors"]).toEqual(["'self'"]);
  });

  it("let the WebContainer frame and reach the origin @webcontainer/api boots from", () => {
    // The API frames `<DEFAULT_EDITOR_ORIGIN>/headless` and sends its token requests there; it is
    // read from the installed package, so an upgrade that moves it fails here.
    const constants = readFileSync(
      new URL("node_modules/@webcontainer/api/dist/internal/constants.js", root),
      "utf8",
    );
    const apiOrigin = /DEFAULT_EDITOR_ORIGIN = '([^']+)'/.exec(constants)?.[1];
    expect(apiOrigin).toBe(webContainerOrigin);
    expect(contentSecurityPolicy["frame-src"]).toContain(webContainerOrigin);
    expect(contentSecurityPolicy["connect-src"]).toContain(webContainerOrigin);
  });

  it("format the policy as one header value", () => {
    expect(formatPolicy({ "default-src": ["'self'"], "img-src": ["'self'", "data:"] })).toBe(
      "default-src 'self'; img-src 'self' data:",
    );
  });
});
