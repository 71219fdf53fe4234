/**
 * Every sample's Python, run through the page as a learner runs it (typed into a sample's Python
 * editor, then Run Python), prints its expected Python output: the browser's twin of
 * tests/suites/python-in-page.test.ts, which runs the same runtime under Node. One boot per page,
 * then one program after another, as the page runs them; the samples are shared between two pages
 * side by side. A sample whose Python cannot run in the page says why in its meta.json and is left
 * out here (run-python-yourself.spec.ts checks the page says so).
 */
import { expect, test } from "@playwright/test";
import { readAllSamples } from "../../src/samples/sample-files.node.ts";
import { outputProblems } from "../support/sample-output.ts";
import { pythonBootMs, replacePython, runPython } from "./runner-helpers.ts";

const inPage = readAllSamples().filter((sample) => sample.meta.notInPagePython === undefined);
const pages = 2;
const perPage = Math.ceil(inPage.length / pages);
/** Each program's own time limit is 20 s; the page stops it there, so a run never takes longer. */
const perSampleMs = 25_000;

for (let lane = 0; lane < pages; lane += 1) {
  const samples = inPage.slice(lane * perPage, (lane + 1) * perPage);
  test(`samples ${samples[0]?.id} to ${samples.at(-1)?.id}: each one's Python prints its expected output`, async ({
    page,
  }) => {
    test.setTimeout(pythonBootMs + perSampleMs * samples.length);
    // Any sample with Run Python will do: each program is typed into its editor in turn.
    await page.goto("/en/using-asyncio/");
    const sample = page.locator('[data-sample="await-one"]');
    const problems: string[] = [];
    for (const [index, next] of samples.entries()) {
      await replacePython(page, sample, next.python);
      const lines = await runPython(sample, index === 0 ? pythonBootMs : perSampleMs);
      const state = await sample.getAttribute("data-run-state");
      const problem = outputProblems(next.expectedPython ?? next.expected, lines);
      if (state !== "done" || problem !== "")
        problems.push(`${next.id} (run state ${state}):\n${problem || lines.join("\n")}`);
    }
    expect(problems, "samples whose Python printed something else in the page").toEqual([]);
  });
}
