/**
 * Hostile Python in the page's runtime (under Node): a flood of output is capped at the run's line
 * limit and counted, a huge line is clipped before it leaves the runtime, an exception's traceback points at main.py, SystemExit sets the exit code,
 * and the interpreter runs the next program as if nothing happened. A program that asks for more
 * memory than Python may have gets MemoryError, and its exit says so (the host then starts afresh).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { runBounds } from "../../src/runner/run-limits.ts";
import type { PythonRunEvent, PythonRuntime } from "../../src/runner/python/python-runtime.ts";
import { bootNodePython } from "../python/boot-python.node.ts";

let runtime: PythonRuntime | undefined;
let unavailable = "the runtime did not boot";

beforeAll(async () => {
  const booted = await bootNodePython();
  if ("runtime" in booted) runtime = booted.runtime;
  else unavailable = booted.unavailable;
}, 120_000);

async function run(code: string, maxLines: number) {
  if (runtime === undefined) throw new Error(`Python in the page could not be built: ${unavailable}`);
  const lines: string[] = [];
  const moreChars: number[] = [];
  let dropped = 0;
  let exitCode = Number.NaN;
  await runtime.run(code, {
    maxLines,
    onEvent: (event) => {
      if (event.type === "output") {
        lines.push(`${event.stream}: ${event.text}`);
        moreChars.push(event.moreChars ?? 0);
      } else if (event.type === "dropped") dropped = event.lines;
      else if (event.type === "exit") exitCode = event.code;
    },
  });
  return { lines, moreChars, dropped, exitCode };
}

describe("hostile Python in the page's runtime", { concurrent: false }, () => {
  it("caps a flood of output and counts what it dropped", async (context) => {
    if (runtime === undefined && process.env["CI"] === undefined) return context.skip(unavailable);
    const flood = await run("for i in range(20_000):\n    print(i)\n", 100);
    expect(flood.lines).toHaveLength(100);
    expect(flood.dropped).toBe(19_900);
    expect(flood.exitCode).toBe(0);
  });

  it("clips a huge line to the line bound before it leaves the runtime, and counts the rest", async (context) => {
    if (runtime === undefined && process.env["CI"] === undefined) return context.skip(unavailable);
    const huge = await run("print('x' * 5_000_000)\nprint('after')\n", 100);
    expect(huge.lines).toEqual([`stdout: ${"x".repeat(runBounds.maxLineChars)}`, "stdout: after"]);
    expect(huge.moreChars).toEqual([5_000_000 - runBounds.maxLineChars, 0]);
    expect(huge.exitCode).toBe(0);
  });

  it("points a traceback at main.py and exits with 1", async (context) => {
    if (runtime === undefined && process.env["CI"] === undefined) return context.skip(unavailable);
    const failed = await run("print('before')\n\ndef f():\n    raise ValueError('boom')\n\nf()\n", 100);
    expect(failed.lines[0]).toBe("stdout: before");
    expect(failed.lines).toContain('stderr:   File "main.py", line 4, in f');
    expect(failed.lines.at(-1)).toBe("stderr: ValueError: boom");
    expect(failed.exitCode).toBe(1);
  });

  it("takes SystemExit's code, then runs the next program in a clean namespace", async (context) => {
    if (runtime === undefined && process.env["CI"] === undefined) return context.skip(unavailable);
    expect((await run("leftover = 1\nraise SystemExit(3)\n", 100)).exitCode).toBe(3);
    const next = await run("print('leftover' in globals(), __name__)\n", 100);
    expect(next.lines).toEqual(["stdout: False __main__"]);
    expect(next.exitCode).toBe(0);
  });
});

// A program that ends the interpreter's process leaves it unable to run again, so these have a
// Python of their own; the page's host then boots a fresh one (python-host.test.ts).
describe("Python that ends its own process", { concurrent: false }, () => {
  it.each([
    ["os._exit(3)", "import os\nprint('before')\nos._exit(3)\nprint('after')\n", 3],
    [
      "a SIGTERM with no handler",
      "import os, signal\nprint('before')\nos.kill(os.getpid(), signal.SIGTERM)\nprint('after')\n",
      128 + 15,
    ],
  ])(
    "%s exits as python main.py would, and says the interpreter ended",
    async (_, code, status) => {
      const booted = await bootNodePython();
      if (!("runtime" in booted)) {
        if (process.env["CI"] === undefined) return;
        throw new Error(`Python in the page could not be built: ${booted.unavailable}`);
      }
      const events: PythonRunEvent[] = [];
      await booted.runtime.run(code, { maxLines: 100, onEvent: (event) => events.push(event) });
      const output = events.flatMap((event) => (event.type === "output" ? [event.text] : []));
      expect(output).toEqual(["before"]);
      expect(events.at(-1)).toMatchObject({ type: "exit", code: status, interpreterEnded: true });
    },
    120_000,
  );
});

// Python's memory is held to a limit (python-memory-limit.ts); a Python of its own, with a smaller
// limit, keeps the test quick and its memory small. The page's 1 GiB is met in the browser's spec.
describe("Python that asks for more memory than it may have", { concurrent: false }, () => {
  const limitBytes = 256 * 2 ** 20;
  let limited: PythonRuntime | undefined;

  beforeAll(async () => {
    const booted = await bootNodePython(limitBytes);
    if ("runtime" in booted) limited = booted.runtime;
  }, 120_000);

  async function runLimited(code: string) {
    if (limited === undefined) throw new Error(`Python in the page could not be built: ${unavailable}`);
    const events: PythonRunEvent[] = [];
    await limited.run(code, { maxLines: 100, onEvent: (event) => events.push(event) });
    const lines = events.flatMap((event) => (event.type === "output" ? [event.text] : []));
    return { lines, exit: events.at(-1) };
  }

  it.each([
    ["a loop of 50 MB allocations", "data = []\nwhile True:\n    data.append(bytearray(50_000_000))\n"],
    ["one allocation past the limit", "data = bytearray(300_000_000)\n"],
  ])("%s raises MemoryError and says the limit was met", async (_, code) => {
    if (limited === undefined && process.env["CI"] === undefined) return;
    const { lines, exit } = await runLimited(code);
    expect(lines.at(-1)).toBe("MemoryError");
    expect(exit).toMatchObject({ type: "exit", code: 1, memoryLimitReached: true });
  });

  it("runs the next program, whose own exit says nothing of the limit", async () => {
    if (limited === undefined && process.env["CI"] === undefined) return;
    const { lines, exit } = await runLimited("print(len(bytearray(50_000_000)))\n");
    expect(lines).toEqual(["50000000"]);
    expect(exit).toEqual(expect.not.objectContaining({ memoryLimitReached: true }));
    expect(exit).toMatchObject({ type: "exit", code: 0 });
  });
});
