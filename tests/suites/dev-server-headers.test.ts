/**
 * `astro dev` sends the site's headers (cross-origin isolation, the CSP, no framing) on HTML, not
 * only on assets (a setting in the wrong place, such as `vite.server.headers`, misses the HTML).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, it } from "vitest";
import { siteHeaders } from "../../src/lib/site-headers.ts";
import { freePort, waitUntilServing } from "../support/serving.node.ts";

let origin = "";
const projectRoot = fileURLToPath(new URL("../../", import.meta.url));
let devServer: ChildProcess | undefined;

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  const astro = fileURLToPath(new URL("../../node_modules/astro/bin/astro.mjs", import.meta.url));
  devServer = spawn(process.execPath, [astro, "dev", "--port", String(port), "--host", "127.0.0.1"], {
    cwd: projectRoot,
    stdio: ["ignore", "ignore", "inherit"],
    // Vitest's variables make Astro and Vite act as if under test (no listening server): drop them.
    env: Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !name.startsWith("VITEST") && name !== "NODE_ENV"),
    ),
  });
  await waitUntilServing(`${origin}/en/`, "astro dev", 90_000, devServer);
}, 100_000);

afterAll(() => {
  devServer?.kill();
});

// The dev server compiles the page on this first request: seconds on a busy machine.
it("astro dev sends the site's headers on HTML pages", { timeout: 60_000 }, async () => {
  const response = await fetch(`${origin}/en/using-asyncio/`);
  expect(response.status).toBe(200);
  for (const [name, value] of Object.entries(siteHeaders))
    expect(response.headers.get(name), name).toBe(value);
});
