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

/**
 * What the run-python page ("Where the page's Python differs") tells learners about this runtime,
 * run here so that the passage fails a test, not a learner, when a Pyodide upgrade changes it.
 */
const differences = String.raw`
import asyncio, concurrent.futures, signal, subprocess, threading, time
import aiohttp

print("get_event_loop at the top:", type(asyncio.get_event_loop()).__name__)


def attempt(name, action):
    try:
        action()
        print(f"{name}: ran")
    except Exception as error:
        print(f"{name}: {type(error).__name__}")


attempt("Thread.start", lambda: threading.Thread(target=print).start())
attempt("subprocess.run", lambda: subprocess.run(["true"]))
attempt("ProcessPoolExecutor", concurrent.futures.ProcessPoolExecutor)


async def while_it_runs(work):
    """Whether another task ran while work, in to_thread, was between its start and its end."""
    marks = []

    def timed():
        marks.append("start")
        work()
        marks.append("end")

    async def other():
        for _ in range(20):
            marks.append("other")
            await asyncio.sleep(0.02)

    await asyncio.gather(asyncio.to_thread(timed), other())
    inside = marks[marks.index("start") + 1 : marks.index("end")]
    return "other tasks ran" if "other" in inside else "other tasks waited"


def busy():
    end = time.perf_counter() + 0.3
    while time.perf_counter() < end:
        pass


async def main():
    loop = asyncio.get_running_loop()
    attempt("add_signal_handler", lambda: loop.add_signal_handler(signal.SIGTERM, print))
    try:
        await asyncio.create_subprocess_exec("true")
    except Exception as error:
        print(f"create_subprocess_exec: {type(error).__name__}")
    print("to_thread, CPU-bound:", await while_it_runs(busy))
    print("to_thread, time.sleep:", await while_it_runs(lambda: time.sleep(0.3)))
    async with aiohttp.ClientSession() as session:
        try:
            async with session.get("http://example.com/"):
                print("another host: answered")
        except aiohttp.ClientConnectorError as error:
            print(f"another host: {type(error).__name__}")


asyncio.run(main())
`;

describe("where the page's Python differs from CPython on a machine", () => {
  it("says so in run-python.mdx, and does so here", { timeout: 30_000 }, async (context) => {
    if (runtime === undefined) {
      if (process.env["CI"] === undefined) return context.skip(unavailable);
      throw new Error(`Python in the page could not be built: ${unavailable}`);
    }
    const run = await runNodePython(runtime, differences);
    expect(run.stderr).toBe("");
    expect(run.stdout.trimEnd().split("\n")).toEqual([
      // CPython 3.14 raises RuntimeError here: no current loop.
      "get_event_loop at the top: WebLoop",
      "Thread.start: RuntimeError",
      "subprocess.run: OSError",
      "ProcessPoolExecutor: NotImplementedError",
      "add_signal_handler: NotImplementedError",
      "create_subprocess_exec: NotImplementedError",
      "to_thread, CPU-bound: other tasks waited",
      "to_thread, time.sleep: other tasks ran",
      "another host: ClientConnectorError",
    ]);
  });
});
