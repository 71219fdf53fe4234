/**
 * "Run a sample and compare": the one way every suite holds a run's output to a sample's expected
 * output, so the Node, Python, fake-container, Chromium and Firefox passes agree on what a match is.
 * A live run shares the machine with other work, so its timed lines may come late (never early,
 * see latenessAllowance); a recorded run is held strictly. Framework-free: vitest, Playwright and
 * node:test all call it.
 */
import { compareOutput, describeMismatches, type CompareOptions } from "../../src/samples/expected-output.ts";

/** How a live run is compared: lines may come late under load. */
export const liveRun: CompareOptions = { allowLateness: true };
/** How a recorded run is compared: exactly as the sample expects. */
export const recordedRun: CompareOptions = { allowLateness: false };

/**
 * What is wrong with `actual` as the output of the sample that expects `expected`, as a report;
 * empty when it matches.
 *
 * @example
 * outputProblems("took ≈1.0s\n", ["took 1.1s"]); // ""
 */
export function outputProblems(
  expected: string,
  actual: string | readonly string[],
  options: CompareOptions = liveRun,
): string {
  const text = typeof actual === "string" ? actual : actual.join("\n");
  return describeMismatches(compareOutput(expected, text, options));
}

/** Throws an Error naming `label` and every mismatching line when the output does not match. */
export function assertSampleOutput(
  label: string,
  expected: string,
  actual: string | readonly string[],
  options: CompareOptions = liveRun,
): void {
  const problems = outputProblems(expected, actual, options);
  if (problems !== "") throw new Error(`${label} printed something else:\n${problems}`);
}
