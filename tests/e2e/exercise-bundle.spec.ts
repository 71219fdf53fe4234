/**
 * Exercise pages ship no schema validator: the check is validated when the site is built and
 * reaches the page as plain data (src/exercises/shipped-check.ts). Two views of "every chunk an
 * exercise page loads": the scripts a real Run fetched, and every script the page can reach
 * through static and dynamic imports from its HTML. Neither may hold zod.
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import { runAndWait, useWorkerRuntime } from "./runner-helpers.ts";

/** Names zod's code carries in every build (class names are strings in it, minified or not). */
const zodMarks = /ZodError|\$ZodType|ZodObject/;

/** Same-origin script paths quoted in `source`: `/_astro/x.js`, `./x.js`, `_astro/x.js`. */
function scriptPathsIn(source: string, base: URL): string[] {
  const quoted = source.matchAll(/["'`]((?:\.{1,2}\/|\/)?(?:[\w-]+\/)*[\w.-]+\.m?js)["'`]/g);
  return [...quoted].map((match) => {
    const path = match[1] ?? "";
    // Vite's preload lists name chunks from the site root without a leading slash.
    const url = path.startsWith("_astro/") ? new URL(`/${path}`, base) : new URL(path, base);
    return url.pathname;
  });
}

/** Every script reachable from the page at `path`, following imports and preload lists. */
async function reachableScripts(request: APIRequestContext, path: string): Promise<Map<string, string>> {
  const origin = "http://localhost";
  const html = await (await request.get(path)).text();
  const pending = [
    ...scriptPathsIn(html, new URL(path, origin)),
    ...[...html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g)].map((match) => match[1] ?? ""),
  ];
  const scripts = new Map<string, string>();
  while (pending.length > 0) {
    const next = pending.pop() ?? "";
    if (scripts.has(next) || !next.startsWith("/")) continue;
    const response = await request.get(next);
    if (!response.ok()) continue;
    const source = await response.text();
    scripts.set(next, source);
    pending.push(...scriptPathsIn(source, new URL(next, origin)));
  }
  return scripts;
}

for (const path of ["/en/practice/", "/zh-cn/asyncio-basics/"]) {
  test(`${path}: no chunk the page can load holds zod`, async ({ request }) => {
    const scripts = await reachableScripts(request, path);
    const paths = [...scripts.keys()];
    // The walk reaches the lazily loaded runner and verdict, or it proves nothing.
    expect(paths.some((script) => script.includes("exercise-verdict"))).toBe(true);
    expect(paths.some((script) => script.includes("run-pipeline"))).toBe(true);
    const withZod = paths.filter((script) => zodMarks.test(scripts.get(script) ?? ""));
    expect(withZod).toEqual([]);
  });
}

test("an exercise's Run loads no zod, and only scripts the walk found", async ({ page, request }) => {
  test.setTimeout(90_000);
  await useWorkerRuntime(page);
  await page.goto("/en/practice/#resolve-later");
  const exercise = page.locator('[data-exercise="resolve-later"]');
  await runAndWait(exercise);
  await expect(exercise.locator("[data-check-result]")).toHaveAttribute("data-passed", /true|false/);
  const loaded = await page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((entry) => new URL(entry.name))
      .filter((url) => url.origin === location.origin && /\.m?js$/.test(url.pathname))
      .map((url) => url.pathname),
  );
  expect(loaded.some((script) => script.includes("exercise-verdict"))).toBe(true);
  const reachable = await reachableScripts(request, "/en/practice/");
  for (const script of loaded) {
    const source = reachable.get(script) ?? (await (await request.get(script)).text());
    expect(zodMarks.test(source), `${script} holds zod`).toBe(false);
  }
  // Scripts outside /_astro/ (the runtime in public/runner/) are loaded by URL, not by import.
  const fromBuild = loaded.filter((script) => script.startsWith("/_astro/"));
  expect(fromBuild.filter((script) => !reachable.has(script))).toEqual([]);
});
