/**
 * Every sample's Python, run by the page's own Python runtime (Pyodide, the loopback network, the
 * CPython shims) under Node, must print its expected Python output, as it does under CPython in
 * samples.test.ts. A sample whose Python cannot run in the page says why in its meta.json, and is
 * named here with that reason instead of being run.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { assertSampleOutput } from "../support/sample-output.ts";
import { readAllSamples } from "../../src/samples/sample-files.node.ts";
import type { PythonRuntime } from "../../src/runner/python/python-runtime.ts";
import { bootNodePython, runNodePython } from "../python/boot-python.node.ts";

const samples = readAllSamples();
let runtime: PythonRuntime | undefined;
let unavailable = "the runtime did not boot";

beforeAll(async () => {
  const booted = await bootNodePython();
  if ("runtime" in booted) runtime = booted.runtime;
  else unavailable = booted.unavailable;
}, 120_000);

// One interpreter, one program at a time, as the page runs them: the timings are the lesson.
describe("every sample's Python in the page's runtime", { concurrent: false }, () => {
  for (const sample of samples) {
    const reason = sample.meta.notInPagePython?.en;
    if (reason !== undefined) {
      it.skip(`${sample.id}: cannot run in the page: ${reason}`, () => undefined);
      continue;
    }
    it(`${sample.id}: main.py prints its expected Python output`, { timeout: 30_000 }, async (context) => {
      if (runtime === undefined) {
        // As in samples.test.ts: a machine without aiohttp skips, CI (which installs it) fails.
        if (process.env["CI"] === undefined) return context.skip(unavailable);
        throw new Error(`Python in the page could not be built: ${unavailable}`);
      }
      const run = await runNodePython(runtime, sample.python);
      expect(run.exit.code, `stderr:\n${run.stderr}\nstdout:\n${run.stdout}`).toBe(0);
      assertSampleOutput(sample.id, sample.expectedPython ?? sample.expected, run.stdout);
    });
  }
});
