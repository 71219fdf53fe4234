/**
 * Bundles the runtimes' own files into public/runner/: the fallback's worker runtime (the page
 * fetches it and hands its text to the sandboxed iframe, which cannot fetch from the site), and the
 * practice server and timeline preload that the WebContainer mounts. Runs before dev and build.
 */
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { buildPythonBundle } from "../src/runner/python/build/python-bundle.node.ts";

const root = new URL("../", import.meta.url);

// The learner's realm runs nested in the runtime's worker, which starts it from a blob: its script
// is built first and put into the runtime's as a string.
const learnerRealm = await build({
  entryPoints: [fileURLToPath(new URL("src/runner/worker/learner-realm.worker.ts", root))],
  bundle: true,
  format: "iife",
  platform: "browser",
  target: "es2022",
  minify: true,
  legalComments: "none",
  logLevel: "warning",
  write: false,
});
const learnerRealmSource = learnerRealm.outputFiles[0]?.text ?? "";

const bundles = [
  { entry: "src/runner/worker/runtime.worker.ts", out: "public/runner/runtime.js", platform: "browser" },
  { entry: "src/runner/python/python.worker.ts", out: "public/runner/python-worker.js", platform: "browser" },
  {
    entry: "src/runner/webcontainer/practice-server-entry.node.ts",
    out: "public/runner/practice-server.mjs",
    platform: "node",
  },
  { entry: "src/runner/webcontainer/preload.node.ts", out: "public/runner/preload.mjs", platform: "node" },
] as const;

await Promise.all(
  bundles.map(({ entry, out, platform }) =>
    build({
      entryPoints: [fileURLToPath(new URL(entry, root))],
      outfile: fileURLToPath(new URL(out, root)),
      bundle: true,
      // The worker runtime is a classic script: module workers fail to start in an opaque-origin
      // iframe, while a classic worker there can still import() the learner's module.
      format: platform === "node" ? "esm" : "iife",
      platform,
      // The WebContainer's Node has been v20; the worker runs in current browsers.
      target: platform === "node" ? "node20" : "es2022",
      minify: true,
      legalComments: "none",
      logLevel: "warning",
      define: { LEARNER_REALM_SOURCE: JSON.stringify(learnerRealmSource) },
      // Bundled CommonJS dependencies (ws) call require(); an ES module has to provide it.
      ...(platform === "node"
        ? {
            banner: {
              js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);',
            },
          }
        : {}),
    }),
  ),
);

// Python in the page (src/runner/python/): a deploy build must not ship a Python that cannot import
// aiohttp, so it fails here; `npm run dev` passes --python=optional and the page says what is missing.
const python = await buildPythonBundle(fileURLToPath(new URL("public/", root)));
if (!python.ok) {
  if (!process.argv.includes("--python=optional")) {
    console.error(`Python in the page cannot be built: ${python.reason}`);
    process.exit(1);
  }
  console.warn(`Python in the page is unavailable in this dev server: ${python.reason}`);
}
