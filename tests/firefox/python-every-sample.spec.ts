/**
 * Every sample's Python in the page, in Firefox, as tests/e2e/python-every-sample.spec.ts does in
 * Chromium (the samples, their split and the judging are shared: tests/support/in-page-python.node.ts).
 * Two pages side by side, as the runner's chapters run here; each boots Python once and types one
 * program after another into a sample's Python editor, since a boot is the slow part.
 *
 * A full-run pass (E2E_FULL=1, `npm run test:full`), as its Chromium twin is: in `npm test` each
 * sample's Python is held by tests/suites/python-in-page.test.ts (the same runtime under Node), and
 * this engine's Python in the page by run-python.spec.ts (a sample's own aiohttp request, the ways
 * out, Stop and a memory bomb, through this very page).
 * Run with `npm run test:firefox`; without Firefox the suite is skipped, except in CI.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { fullSweep } from "../e2e/site-pages.ts";
import { inPagePythonLanes, inPagePythonProblems, laneName } from "../support/in-page-python.node.ts";
import { describeInFirefox } from "./firefox-suite.node.ts";
import { insertCode, pressAndWaitForEnd } from "./sample-steps.node.ts";

// The first Run downloads about 14 MB and boots Pyodide: tens of seconds on a shared 2-core machine.
const bootMs = 120_000;
/** Each program's own time limit is 20 s; the page stops it there, so a run never takes longer. */
const perSampleMs = 25_000;
/** The sample whose Python editor every program here runs in: any with Run Python will do. */
const host = "await-one";

if (!fullSweep)
  void test("every sample's Python in the page, in Firefox", {
    skip: "held in npm test under Node and by run-python.spec.ts here; E2E_FULL=1 runs it",
  });
else
  await describeInFirefox("every sample's Python in the page, in Firefox", ({ onFreshPage }) => {
    void describe("two pages side by side", { concurrency: 2 }, () => {
      for (const samples of inPagePythonLanes(2)) {
        void test(
          `${laneName(samples)}: each one's Python prints its expected output`,
          { timeout: bootMs + perSampleMs * samples.length },
          () =>
            onFreshPage(
              "/en/using-asyncio/",
              async (page) => {
                const problems = await inPagePythonProblems(samples, async (code, first) => {
                  await insertCode(page, host, code, "py");
                  return pressAndWaitForEnd(page, host, "run-python", first ? bootMs : perSampleMs);
                });
                assert.deepEqual(problems, [], "samples whose Python printed something else in the page");
              },
              { ownWindow: true },
            ),
        );
      }
    });
  });
