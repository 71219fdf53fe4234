/**
 * Every sample, run for real: main.ts under Node and main.py under Python, against the practice
 * server. Each must print its expected output, and Python's times must agree with TypeScript's.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { latenessAllowance, readTimings, timingTolerance } from "../../src/samples/expected-output.ts";
import { samplesDirectory, readAllSamples } from "../../src/samples/sample-files.node.ts";
import { pythonPath, pythonUnavailableReason } from "../samples/python.node.ts";
import { runProcess, type ProcessResult } from "../samples/run-process.node.ts";
import { usePracticeServer } from "../samples/practice-server.node.ts";
import { assertSampleOutput, liveRun } from "../support/sample-output.ts";

usePracticeServer();
const samples = readAllSamples();
const pythonProblem = pythonUnavailableReason();
const runLimitMs = 20_000;

if (pythonProblem !== undefined && process.env["CI"] === undefined) {
  console.warn(`Skipping the Python samples: ${pythonProblem}`);
}

function assertClean(result: ProcessResult, label: string): void {
  const problem = result.timedOut
    ? `${label} did not finish within ${runLimitMs} ms`
    : result.exitCode !== 0
      ? `${label} exited with ${String(result.exitCode)}`
      : result.stderr.trim() !== ""
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
        const typescript = await runProcess(process.execPath, ["main.ts"], {
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
        // Either run may have come late on a loaded machine, by as much as the output allows.
        const pythonTimes = readTimings(pythonExpected, python.stdout, liveRun).sort((a, b) => a - b);
        const typescriptTimes = readTimings(sample.expected, typescript.stdout, liveRun).sort(
          (a, b) => a - b,
        );
        expect(pythonTimes.length).toBe(typescriptTimes.length);
        for (const [index, seconds] of pythonTimes.entries()) {
          const twin = typescriptTimes[index] ?? Number.NaN;
          const margin = timingTolerance(twin) + latenessAllowance(Math.min(seconds, twin));
          expect(Math.abs(seconds - twin), `Python ${seconds}s vs TypeScript ${twin}s`).toBeLessThanOrEqual(
            margin,
          );
        }
      },
    );
  }
});
