/**
 * Follows the "Run the Python yourself" page step by step, on Debian as the page tells it: the
 * page's own command lines (src/lib/python-commands.ts, the source of the page's tabs) typed into
 * a shell in one folder holding the downloaded practice_server.py and a sample's main.py. The
 * samples chosen between them use every kind of route (JSON, headers and bodies, status codes,
 * retries, a streamed body, a WebSocket).
 */
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pythonCommands } from "../../src/lib/python-commands.ts";
import { assertSampleOutput } from "../support/sample-output.ts";
import { samplesDirectory, readAllSamples } from "../../src/samples/sample-files.node.ts";
import { pythonPath, pythonUnavailableReason } from "../samples/python.node.ts";
import { runProcess } from "../samples/run-process.node.ts";
import {
  pythonPracticeServerFile,
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
const debian = pythonCommands.debian;

// The system's Python comes first on PATH, as on a stock Debian machine: a developer's machine may
// put another python3 (pyenv, say) ahead of it, without aiohttp.
const stockPath = { PATH: [dirname(pythonPath), process.env["PATH"] ?? ""].join(delimiter) };

/** Types `line` into a shell in `cwd`. */
const typeLine = (line: string, cwd: string) =>
  runProcess("sh", ["-c", line], { cwd, timeoutMs: 20_000, env: stockPath });

describe.skipIf(skip)("running the Python samples yourself, on Debian, as the page says", () => {
  let server: RunningPythonServer | undefined;
  // The learner's folder: the download lands here, and so does each sample's main.py.
  const folder = mkdtempSync(join(tmpdir(), "run-python-yourself-"));
  beforeAll(async () => {
    if (pythonProblem !== undefined) throw new Error(pythonProblem);
    copyFileSync(pythonPracticeServerFile, join(folder, "practice_server.py"));
    server = await startPythonPracticeServer(8787, { line: debian.server, cwd: folder, env: stockPath });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it("names python3, never a bare python, which stock Debian lacks", () => {
    const lines = [debian.install, debian.server, debian.sample].flatMap((text) => text.split("\n"));
    for (const line of lines) expect(line, line).not.toMatch(/(^|\s)python(\s|$)/);
  });

  it("checks the aiohttp the system gave: 3.8 or newer", async () => {
    // The first line is `sudo apt install …`, done once by the machine's setup (.ci/run).
    const check = debian.install.split("\n").slice(1).join("\n");
    const result = await typeLine(check, folder);
    expect(result.stderr).toBe("");
    const [major = 0, minor = 0] = result.stdout.trim().split(".").map(Number);
    expect(major * 100 + minor, result.stdout).toBeGreaterThanOrEqual(308);
  });

  const samples = readAllSamples().filter((sample) => sampleIds.includes(sample.id));
  it("finds every chosen sample", () => {
    expect(samples.map((sample) => sample.id).sort()).toEqual([...sampleIds].sort());
  });

  for (const sample of samples) {
    it(`${sample.id}: ${debian.sample} prints what the page shows`, { timeout: 30_000 }, async () => {
      copyFileSync(join(samplesDirectory, sample.id, "main.py"), join(folder, "main.py"));
      const result = await typeLine(debian.sample, folder);
      expect(result.exitCode, `stderr:\n${result.stderr}\nserver:\n${server?.output() ?? ""}`).toBe(0);
      assertSampleOutput(`${sample.id}/main.py`, sample.expectedPython ?? sample.expected, result.stdout);
    });
  }
});
