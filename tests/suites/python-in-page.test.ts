/**
 * Every sample's Python, run by the page's own Python runtime (Pyodide, the loopback network, the
 * CPython shims) under Node, must print its expected Python output, as it does under CPython in
 * samples.test.ts. A sample whose Python cannot run in the page says why in its meta.json, and is
 * named here with that reason instead of being run. The run-python page's list of differences, and
 * loop.add_signal_handler (the page's own, in signals.py), are held to what they claim.
 */
import { spawnSync } from "node:child_process";
import { beforeAll, describe, expect, it, type TestContext } from "vitest";
import { assertSampleOutput } from "../support/sample-output.ts";
import { readAllSamples } from "../../src/samples/sample-files.node.ts";
import type { PythonRuntime } from "../../src/runner/python/python-runtime.ts";
import { bootNodePython, runNodePython } from "../python/boot-python.node.ts";
import { pythonPath } from "../samples/python.node.ts";

const samples = readAllSamples();
let runtime: PythonRuntime | undefined;
let unavailable = "the runtime did not boot";

beforeAll(async () => {
  const booted = await bootNodePython();
  if ("runtime" in booted) runtime = booted.runtime;
  else unavailable = booted.unavailable;
}, 120_000);

/** The booted runtime. As in samples.test.ts: a machine without aiohttp skips, CI (which installs it) fails. */
function bootedRuntime(context: TestContext): PythonRuntime {
  if (runtime !== undefined) return runtime;
  if (process.env["CI"] === undefined) return context.skip(unavailable);
  throw new Error(`Python in the page could not be built: ${unavailable}`);
}

// One interpreter, one program at a time, as the page runs them: the timings are the lesson.
describe("every sample's Python in the page's runtime", { concurrent: false }, () => {
  for (const sample of samples) {
    const reason = sample.meta.notInPagePython?.en;
    if (reason !== undefined) {
      it.skip(`${sample.id}: cannot run in the page: ${reason}`, () => undefined);
      continue;
    }
    it(`${sample.id}: main.py prints its expected Python output`, { timeout: 30_000 }, async (context) => {
      const run = await runNodePython(bootedRuntime(context), sample.python);
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
import asyncio, concurrent.futures, os, signal, subprocess, threading, time
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
    handled = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, handled.set)
    os.kill(os.getpid(), signal.SIGTERM)
    await asyncio.wait_for(handled.wait(), 1)
    print("SIGTERM to itself: add_signal_handler's callback ran on the loop")
    caught = []
    signal.signal(signal.SIGUSR1, lambda number, frame: caught.append(number))
    os.kill(os.getpid(), signal.SIGUSR1)
    print("SIGUSR1 to itself: signal.signal's handler got", caught)
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
    const run = await runNodePython(bootedRuntime(context), differences);
    expect(run.stderr).toBe("");
    expect(run.stdout.trimEnd().split("\n")).toEqual([
      // CPython 3.14 raises RuntimeError here: no current loop.
      "get_event_loop at the top: WebLoop",
      "Thread.start: RuntimeError",
      "subprocess.run: OSError",
      "ProcessPoolExecutor: NotImplementedError",
      "SIGTERM to itself: add_signal_handler's callback ran on the loop",
      "SIGUSR1 to itself: signal.signal's handler got [10]",
      "create_subprocess_exec: NotImplementedError",
      "to_thread, CPU-bound: other tasks waited",
      "to_thread, time.sleep: other tasks ran",
      "another host: ClientConnectorError",
    ]);
  });
});

/** loop.add_signal_handler as CPython's Unix loop has it: run here, and under CPython when there is one. */
const signalHandlers = String.raw`
import asyncio, contextvars, os, signal

who = contextvars.ContextVar("who")


async def main():
    loop = asyncio.get_running_loop()
    calls = []
    who.set("set before add_signal_handler")
    loop.add_signal_handler(signal.SIGUSR1, lambda: calls.append(who.get()))
    who.set("set after")
    os.kill(os.getpid(), signal.SIGUSR1)
    print("right after os.kill:", calls)
    await asyncio.sleep(0.05)
    os.kill(os.getpid(), signal.SIGUSR1)
    await asyncio.sleep(0.05)
    print("after two signals:", calls)
    print("removed:", loop.remove_signal_handler(signal.SIGUSR1), loop.remove_signal_handler(signal.SIGUSR1))
    print("SIGUSR1 is SIG_DFL again:", signal.getsignal(signal.SIGUSR1) is signal.SIG_DFL)

    async def coroutine_function():
        pass

    for sig, callback in [(signal.SIGTERM, coroutine_function), ("SIGTERM", print), (0, print), (signal.SIGKILL, print)]:
        try:
            loop.add_signal_handler(sig, callback)
        except Exception as error:
            print(f"{type(error).__name__}: {error}")
    loop.add_signal_handler(signal.SIGTERM, print)  # left for the loop's close to remove


asyncio.run(main())
print("SIGTERM is SIG_DFL once the loop has closed:", signal.getsignal(signal.SIGTERM) is signal.SIG_DFL)
`;

/** What CPython prints for signalHandlers: its checks in unix_events.py are the same from 3.11 to 3.14. */
const cpythonSignalLines = [
  "right after os.kill: []",
  "after two signals: ['set before add_signal_handler', 'set before add_signal_handler']",
  "removed: True False",
  "SIGUSR1 is SIG_DFL again: True",
  "TypeError: coroutines cannot be used with add_signal_handler()",
  "TypeError: sig must be an int, not 'SIGTERM'",
  "ValueError: invalid signal number 0",
  "RuntimeError: sig 9 cannot be caught",
  "SIGTERM is SIG_DFL once the loop has closed: True",
];

describe("loop.add_signal_handler in the page", () => {
  it("calls back on the loop, refuses bad arguments, and removes as CPython does", async (context) => {
    const run = await runNodePython(bootedRuntime(context), signalHandlers);
    expect(run.stderr).toBe("");
    expect(run.stdout.trimEnd().split("\n")).toEqual(cpythonSignalLines);
  });

  it("lists what CPython itself prints", (context) => {
    const cpython = spawnSync(pythonPath, ["-c", signalHandlers], { encoding: "utf8", timeout: 10_000 });
    if (cpython.error !== undefined) {
      if (process.env["CI"] === undefined) return context.skip(`${pythonPath} did not start`);
      throw new Error(`${pythonPath} did not start`, { cause: cpython.error });
    }
    expect(cpython.stderr).toBe("");
    expect(cpython.stdout.trimEnd().split("\n")).toEqual(cpythonSignalLines);
  });

  it("starts each run with the handlers a new process has", async (context) => {
    const booted = bootedRuntime(context);
    const leaveBehind = String.raw`
import asyncio, signal
asyncio.new_event_loop().add_signal_handler(signal.SIGUSR1, print)  # a loop never closed
signal.signal(signal.SIGTERM, print)
signal.signal(signal.SIGINT, signal.SIG_IGN)
`;
    expect((await runNodePython(booted, leaveBehind)).exit.code).toBe(0);
    const next = await runNodePython(
      booted,
      `import signal
print(signal.getsignal(signal.SIGUSR1) is signal.SIG_DFL, signal.getsignal(signal.SIGTERM) is signal.SIG_DFL,
      signal.getsignal(signal.SIGINT) is signal.default_int_handler)`,
    );
    expect(next.stdout).toBe("True True True");
  });
});

/** Names a task and a future and loses a task's exception, as a program may, and CPython shows them. */
const taskNames = String.raw`
import asyncio, gc, sys

async def boom():
    raise ValueError("lost")

async def main():
    task = asyncio.create_task(asyncio.sleep(0), name="napper")
    print(type(task).__name__, repr(task).split(" ")[0], type(asyncio.get_running_loop().create_future()).__name__)
    await task
    lost = asyncio.create_task(boom())
    await asyncio.sleep(0)
    del lost
    gc.collect()
    sys.stderr.flush()

asyncio.run(main())
`;

describe("tasks and futures in the page", () => {
  it("are named Task and Future, as in CPython; a lost exception is reported as run-python.mdx says", async (context) => {
    const run = await runNodePython(bootedRuntime(context), taskNames);
    const cpython = spawnSync(pythonPath, ["-c", taskNames], { encoding: "utf8", timeout: 10_000 });
    expect(run.stdout.trim()).toBe("Task <Task Future");
    expect(cpython.stdout.trim()).toBe("Task <Task Future");
    // Pyodide's loop reports a failed task nobody awaits as soon as it ends; CPython, once it is collected.
    const firstLine = (stderr: string) => stderr.split("\n")[0];
    expect(firstLine(run.stderr)).toBe("Unhandled exception in event loop");
    expect(run.stderr).toContain("ValueError: lost");
    expect(firstLine(cpython.stderr)).toBe("Task exception was never retrieved");
  });
});
