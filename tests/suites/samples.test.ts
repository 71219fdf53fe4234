/**
 * Every sample, run for real: main.ts under Node and main.py under Python, against the practice
 * server. Each must print its expected output, and Python's times must agree with TypeScript's.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { latenessAllowance, readTimings, timingTolerance } from "../../src/samples/expected-output.ts";
import { samplesDirectory, readAllSamples } from "../../src/samples/sample-files.node.ts";
import { pythonPath, pythonUnavailableReason } from "../samples/python.node.ts";
import { runProcess, type ProcessResult } from "../samples/run-process.node.ts";
import { assertSampleOutput, liveRun } from "../support/sample-output.ts";

const samples = readAllSamples();
const pythonProblem = pythonUnavailableReason();
const runLimitMs = 20_000;
/** Loads Node's fetch before the sample's clock starts: see warm-fetch.node.ts. */
const warmFetch = fileURLToPath(new URL("../samples/warm-fetch.node.ts", import.meta.url));

if (pythonProblem !== undefined && process.env["CI"] === undefined) {
  console.warn(`Skipping the Python samples: ${pythonProblem}`);
}

/**
 * asyncio's debug mode (on in IsolatedAsyncioTestCase) logs a step of the loop that took longer than
 * 0.1 s of wall time, as "Executing <Task …> took 0.107 seconds". A loaded machine stretches any
 * step past that, so a live run may log it though the sample blocks nothing; any other line on
 * stderr still fails the run.
 */
const slowStepReport = /^Executing <.+> took \d+(\.\d+)? seconds$/;

/** What a live run wrote to stderr, without asyncio's slow-step reports. */
function stderrOf(result: ProcessResult): string {
  return result.stderr
    .split("\n")
    .filter((line) => !slowStepReport.test(line.trim()))
    .join("\n");
}

function assertClean(result: ProcessResult, label: string): void {
  const problem = result.timedOut
    ? `${label} did not finish within ${runLimitMs} ms`
    : result.exitCode !== 0
      ? `${label} exited with ${String(result.exitCode)}`
      : stderrOf(result).trim() !== ""
        ? `${label} wrote to stderr`
        : undefined;
  if (problem !== undefined)
    throw new Error(`${problem}.\nstderr:\n${result.stderr}\nstdout:\n${result.stdout}`);
}

describe.concurrent("samples", () => {
  it("there are samples to check", () => {
    expect(samples.length).toBeGreaterThan(0);
  });

  // In CI a missing Python is a failure, not a skip: the Python samples must be proven there.
  const skipPython = pythonProblem !== undefined && process.env["CI"] === undefined;

  for (const sample of samples) {
    const folder = join(samplesDirectory, sample.id);

    // One process at a time per sample: the timings are the lesson, and two cores are easily shared.
    it(
      `${sample.id}: main.ts prints expected.txt, and main.py matches it`,
      { timeout: 3 * runLimitMs },
      async () => {
        const typescript = await runProcess(process.execPath, ["--import", warmFetch, "main.ts"], {
          cwd: folder,
          timeoutMs: runLimitMs,
        });
        assertClean(typescript, "main.ts");
        assertSampleOutput("main.ts", sample.expected, typescript.stdout);
        if (skipPython) return;
        if (pythonProblem !== undefined) throw new Error(pythonProblem);
        const python = await runProcess(pythonPath, ["main.py"], { cwd: folder, timeoutMs: runLimitMs });
        assertClean(python, "main.py");
        const pythonExpected = sample.expectedPython ?? sample.expected;
        assertSampleOutput("main.py", pythonExpected, python.stdout);
        // Same timings, pairwise: the line order may differ on purpose, so compare sorted values.
        // Either run may have come late on a loaded machine, by as much as its output allows: the
        // allowance, and the lateness either run had built up (see LatenessSoFar).
        const pythonRead = readTimings(pythonExpected, python.stdout, liveRun);
        const typescriptRead = readTimings(sample.expected, typescript.stdout, liveRun);
        const pythonTimes = pythonRead.timings.sort((a, b) => a - b);
        const typescriptTimes = typescriptRead.timings.sort((a, b) => a - b);
        const carried = Math.max(pythonRead.carriedLateness, typescriptRead.carriedLateness);
        expect(pythonTimes.length).toBe(typescriptTimes.length);
        for (const [index, seconds] of pythonTimes.entries()) {
          const twin = typescriptTimes[index] ?? Number.NaN;
          const margin = timingTolerance(twin) + latenessAllowance(Math.min(seconds, twin)) + carried;
          expect(Math.abs(seconds - twin), `Python ${seconds}s vs TypeScript ${twin}s`).toBeLessThanOrEqual(
            margin,
          );
        }
      },
    );
  }
});
