/**
 * Sends `pathHeaders` (site-headers.ts) from `astro dev` and `astro preview`. Astro's
 * `server.headers` is one set for every path, and `astro preview` drops the config's Vite plugins,
 * so neither a plugin nor an integration can reach a file it serves. A Vite proxy rule can: both
 * servers run its `bypass` before their file server, and a `bypass` that returns the URL serves
 * the file as usual, proxying nothing. The file server keeps a header already set on the response.
 */
import type { ProxyOptions } from "vite";
import { headersForPath, pathHeaders, pathPattern } from "./site-headers.ts";

/** Vite's `server.proxy` / `preview.proxy`: one rule per path that has headers of its own. */
export function pathHeadersProxy(): Record<string, ProxyOptions> {
  return Object.fromEntries(
    pathHeaders.map(({ path }) => [
      // Vite reads a key starting with `^` as a regular expression over the URL, query included.
      pathPattern(path).source.replace(/\$$/, "(?:\\?.*)?$"),
      {
        bypass: (request, response) => {
          const url = request.url ?? "/";
          const pathname = new URL(url, "http://localhost").pathname;
          for (const [name, value] of Object.entries(headersForPath(pathname)))
            response?.setHeader(name, value);
          return url;
        },
      } satisfies ProxyOptions,
    ]),
  );
}
