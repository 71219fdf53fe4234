/**
 * Where the built-in runtime is served from, in one place: the page preloads it the moment a learner
 * reaches for Run (before any runner code has loaded), and the worker host fetches it from there.
 */

/** The built-in runtime's script, built into public/runner/ by scripts/build-runtime.node.ts. */
export const runtimeScriptUrl = "/runner/runtime.js";

/**
 * Starts downloading the runtime now, with the same request the worker host's `fetch` makes later
 * (a CORS-mode fetch with same-origin credentials), so that fetch is answered by this download.
 * Safe to call often: the page asks once.
 */
export function preloadRuntime(doc: Document = document): void {
  if (doc.querySelector(`link[rel="preload"][href="${runtimeScriptUrl}"]`) !== null) return;
  const link = doc.createElement("link");
  link.rel = "preload";
  link.as = "fetch";
  link.crossOrigin = "anonymous";
  link.href = runtimeScriptUrl;
  doc.head.append(link);
}
