/**
 * Follows the "Run the Python yourself" page step by step: start the downloaded practice server
 * with `python practice_server.py`, run a sample's `python main.py`, and see the output the page
 * shows. The samples chosen between them use every kind of route (JSON, headers and bodies, status
 * codes, retries, a streamed body, a WebSocket).
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertSampleOutput } from "../support/sample-output.ts";
import { samplesDirectory, readAllSamples } from "../../src/samples/sample-files.node.ts";
import { pythonPath, pythonUnavailableReason } from "../samples/python.node.ts";
import { runProcess } from "../samples/run-process.node.ts";
import {
  startPythonPracticeServer,
  type RunningPythonServer,
} from "../practice-server/python-practice-server.node.ts";

const sampleIds = [
  "client-get-text",
  "headers-params-body",
  "error-handling",
  "retry-with-backoff",
  "streaming-response",
  "websocket-echo",
];
const pythonProblem = pythonUnavailableReason();
const skip = pythonProblem !== undefined && process.env["CI"] === undefined;

describe.skipIf(skip)("running the Python samples yourself", () => {
  let server: RunningPythonServer | undefined;
  // The samples call http://localhost:8787, the server's default port, exactly as on the page.
  beforeAll(async () => {
    if (pythonProblem !== undefined) throw new Error(pythonProblem);
    server = await startPythonPracticeServer(8787);
  });
  afterAll(() => server?.close());

  const samples = readAllSamples().filter((sample) => sampleIds.includes(sample.id));
  it("finds every chosen sample", () => {
    expect(samples.map((sample) => sample.id).sort()).toEqual([...sampleIds].sort());
  });

  for (const sample of samples) {
    it(`${sample.id}: python main.py prints what the page shows`, { timeout: 30_000 }, async () => {
      const result = await runProcess(pythonPath, ["main.py"], {
        cwd: join(samplesDirectory, sample.id),
        timeoutMs: 20_000,
      });
      expect(result.exitCode, `stderr:\n${result.stderr}\nserver:\n${server?.output() ?? ""}`).toBe(0);
      assertSampleOutput(`${sample.id}/main.py`, sample.expectedPython ?? sample.expected, result.stdout);
    });
  }
});
