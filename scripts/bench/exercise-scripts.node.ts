/**
 * What an exercise's first Run costs in scripts: everything it fetched after the page settled, and
 * the verdict's own chunk (the check and its words), which once carried zod and now carries the
 * check as plain data validated at build time. Also counts the fetched scripts that hold zod,
 * which tests/e2e/exercise-bundle.spec.ts holds at zero.
 */
import { readFileSync } from "node:fs";
import type { Engine } from "./engines.node.ts";
import { settle, type BenchSite, type Program } from "./journeys.node.ts";
import { weigh } from "./js-sizes.node.ts";
import { clickRunAndTime, scriptPaths, scrollToSample } from "./page-probes.ts";

/** zod's class names, present in its code minified or not. */
const zodMarks = /ZodError|\$ZodType|ZodObject/;

/** Loads the exercise's page fresh, settles, presses Run, and weighs what the Run fetched. */
export async function exerciseFirstRunScripts(engine: Engine, site: BenchSite, exercise: Program) {
  const page = await engine.freshPage();
  try {
    await page.goto(`${site.origin}${exercise.path}`);
    await settle(page);
    await page.evaluate(scrollToSample, exercise.id);
    const before = await page.evaluate(scriptPaths, undefined);
    const run = await page.evaluate(clickRunAndTime, exercise.id);
    await settle(page);
    const fetched = (await page.evaluate(scriptPaths, undefined)).filter((path) => !before.includes(path));
    const firstRun = weigh(site.dist, fetched);
    const verdictChunk = firstRun.files.find((file) => file.path.includes("exercise-verdict"));
    const withZod = fetched.filter((path) => {
      try {
        return zodMarks.test(readFileSync(new URL(`.${path}`, site.dist), "utf8"));
      } catch {
        return false;
      }
    });
    return {
      ...exercise,
      runEndState: run.state,
      firstRun,
      verdictChunkGzipBytes: verdictChunk?.gzipBytes ?? Number.NaN,
      scriptsWithZod: withZod,
    };
  } finally {
    await page.close();
  }
}
