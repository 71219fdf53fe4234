/**
 * The response headers every page and asset of the site is sent with, defined once. The dev and
 * preview servers take them from here (astro.config.mjs); `public/_headers` (Netlify, Cloudflare
 * Pages) and `vercel.json` repeat them, and a unit test holds the three to this definition.
 *
 * Why a header and not Astro's `security.csp`: Astro writes its policy as a `<meta>` per page, which
 * cannot carry `frame-ancestors`, and its script hashes would leave only the hashed scripts runnable.
 * The runner's sandbox is a `srcdoc` iframe, which inherits the page's policy, and its relay is an
 * inline script that changes with the runtime; pinning it by hash would break the runner on every
 * change. So inline `<script>` elements are allowed, inline event-handler attributes are not.
 */

import { pythonManifestUrl } from "../runner/python/python-files.ts";

/** Where `@webcontainer/api` frames its runtime from (`<origin>/headless`) and sends its token requests. */
export const webContainerOrigin = "https://stackblitz.com";

/**
 * The Content-Security-Policy, directive by directive, each with what needs it:
 * - scripts: the site's own files and Astro's inline scripts (the theme before first paint among
 *   them), Pagefind's WebAssembly, and `blob:` for the sandbox's workers and the learner modules they
 *   import; no `eval`.
 * - frames: the sandbox (`srcdoc`, same document policy) and the WebContainer's iframe; the
 *   WebContainer's own frames inside that one answer to StackBlitz's policy, not ours.
 * - connections: the site (the runtime's script, Pagefind's index) and the WebContainer's origin.
 * - `frame-ancestors 'self'`: no other site may frame ours.
 */
export const contentSecurityPolicy: Readonly<Record<string, readonly string[]>> = {
  "default-src": ["'self'"],
  "script-src": ["'self'", "'unsafe-inline'", "'wasm-unsafe-eval'", "blob:"],
  "script-src-attr": ["'none'"],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:"],
  "connect-src": ["'self'", webContainerOrigin],
  "worker-src": ["'self'", "blob:"],
  "frame-src": ["'self'", webContainerOrigin],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'self'"],
};

/** The policy as one header value: `name source source; name source`. */
export function formatPolicy(policy: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(policy)
    .map(([directive, sources]) => [directive, ...sources].join(" "))
    .join("; ");
}

/**
 * Every header the site sends, on every path. Cross-origin isolation (COOP and COEP) is what the
 * WebContainer needs; the rest keep other sites from framing ours. The Referrer-Policy is the
 * browsers' default, said out loud so that no host's default can drop the Referer StackBlitz checks.
 */
export const siteHeaders: Readonly<Record<string, string>> = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
  "Content-Security-Policy": formatPolicy(contentSecurityPolicy),
  "X-Frame-Options": "SAMEORIGIN",
  "Referrer-Policy": "strict-origin-when-cross-origin",
};

/** A year, the most a browser keeps anything, for files whose URL changes whenever they do. */
const immutable = "public, max-age=31536000, immutable";

/** Headers that only some paths are sent, on top of `siteHeaders`. */
export interface PathHeaders {
  /** The path as `public/_headers` writes it: `*` stands for any run of characters, `/` included. */
  path: string;
  headers: Readonly<Record<string, string>>;
}

/**
 * Python's files (src/runner/python/build/python-bundle.node.ts): Pyodide's files sit in a folder
 * named for its exact version and the site-packages zip is named by a hash of what went in, so
 * neither ever changes at its URL and a browser may keep them without asking again. The manifest
 * that names them keeps its URL, so a browser asks for it again each time (an unchanged one costs
 * a 304).
 */
export const pathHeaders: readonly PathHeaders[] = [
  { path: "/python/pyodide-*", headers: { "Cache-Control": immutable } },
  { path: "/python/site-packages-*", headers: { "Cache-Control": immutable } },
  { path: pythonManifestUrl, headers: { "Cache-Control": "no-cache" } },
];

/** `path` as a regular expression over a URL's path. */
export function pathPattern(path: string): RegExp {
  const parts = path.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join(".*")}$`);
}

/** `path` as a `source` of `vercel.json`, whose path-to-regexp takes `(.*)` for any run of characters. */
export function vercelSource(path: string): string {
  return path.replaceAll("*", "(.*)");
}

/** The headers `pathHeaders` adds for one URL path (query left off). */
export function headersForPath(pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of pathHeaders)
    if (pathPattern(rule.path).test(pathname)) Object.assign(headers, rule.headers);
  return headers;
}
