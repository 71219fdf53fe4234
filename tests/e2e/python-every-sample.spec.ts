/**
 * Every sample's Python, run through the page as a learner runs it (typed into a sample's Python
 * editor, then Run Python), prints its expected Python output. One boot per page, then one program
 * after another, as the page runs them; the samples are shared between two pages side by side
 * (tests/support/in-page-python.node.ts, which Firefox's twin uses too).
 *
 * A full-run pass (E2E_FULL=1): in `npm test` the same fact is held by
 * tests/suites/python-in-page.test.ts (every sample, the same bootPython, Pyodide and site-packages
 * under Node, whose engine is Chromium's V8); run-python.spec.ts and python-hostile.spec.ts hold
 * this page's Python in Chromium, and tests/firefox/run-python.spec.ts in Firefox. Firefox's twin
 * is a full-run pass too.
 */
import { expect, test } from "@playwright/test";
import { inPagePythonLanes, inPagePythonProblems, laneName } from "../support/in-page-python.node.ts";
import { pythonBootMs, replacePython, runPython } from "./runner-helpers.ts";
import { fullSweep } from "./site-pages.ts";

test.skip(!fullSweep, "held in npm test under Node and by run-python.spec.ts; E2E_FULL=1 runs it");

/** Each program's own time limit is 20 s; the page stops it there, so a run never takes longer. */
const perSampleMs = 25_000;

for (const samples of inPagePythonLanes(2)) {
  test(`${laneName(samples)}: each one's Python prints its expected output`, async ({ page }) => {
    test.setTimeout(pythonBootMs + perSampleMs * samples.length);
    // Any sample with Run Python will do: each program is typed into its editor in turn.
    await page.goto("/en/using-asyncio/");
    const sample = page.locator('[data-sample="await-one"]');
    const problems = await inPagePythonProblems(samples, async (code, first) => {
      await replacePython(page, sample, code);
      const lines = await runPython(sample, first ? pythonBootMs : perSampleMs);
      return { state: await sample.getAttribute("data-run-state"), lines };
    });
    expect(problems, "samples whose Python printed something else in the page").toEqual([]);
  });
}
