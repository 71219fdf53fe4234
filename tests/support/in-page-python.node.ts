/**
 * "Run every sample's Python in the page and compare", shared by the browsers' passes (Chromium's
 * tests/e2e/python-every-sample.spec.ts, Firefox's tests/firefox/python-every-sample.spec.ts) so
 * that they run the same samples, split the same way, and judge them alike. One booted Python runs
 * a lane's samples one after another, as a page runs them; lanes run side by side, a page each.
 * A sample whose Python cannot run in the page says why in its meta.json and is left out here
 * (run-python-yourself.spec.ts checks the page says so).
 */
import { readAllSamples } from "../../src/samples/sample-files.node.ts";
import type { SampleFiles } from "../../src/samples/sample-schema.ts";
import { outputProblems } from "./sample-output.ts";

/** How one Python run in the page ended, as the sample shows it. */
export interface PageRun {
  /** The sample's `data-run-state` once the run ended. */
  state: string | null;
  lines: readonly string[];
}

/**
 * The samples whose Python runs in the page, in `lanes` runs of about equal length, in sample
 * order, for as many pages side by side.
 */
export function inPagePythonLanes(lanes: number): SampleFiles[][] {
  if (!Number.isInteger(lanes) || lanes < 1)
    throw new TypeError(`Expected \`lanes\` to be a whole number from 1 and up, got ${lanes}.`);
  const samples = readAllSamples().filter((sample) => sample.meta.notInPagePython === undefined);
  const perLane = Math.ceil(samples.length / lanes);
  return Array.from({ length: lanes }, (_, lane) => samples.slice(lane * perLane, (lane + 1) * perLane));
}

/** A lane's name for a test title: its first and last sample. */
export function laneName(samples: readonly SampleFiles[]): string {
  return `samples ${samples[0]?.id} to ${samples.at(-1)?.id}`;
}

/**
 * Runs each sample's Python in turn with `run` (which types it into an editor and presses Run
 * Python; `first` is true for the run that boots Python) and returns a report for each sample
 * that did not end "done" with its expected Python output; empty when all did.
 */
export async function inPagePythonProblems(
  samples: readonly SampleFiles[],
  run: (code: string, first: boolean) => Promise<PageRun>,
): Promise<string[]> {
  const problems: string[] = [];
  for (const [index, sample] of samples.entries()) {
    const { state, lines } = await run(sample.python, index === 0);
    const problem = outputProblems(sample.expectedPython ?? sample.expected, lines);
    if (state !== "done" || problem !== "")
      problems.push(`${sample.id} (run state ${state}):\n${problem || lines.join("\n")}`);
  }
  return problems;
}
