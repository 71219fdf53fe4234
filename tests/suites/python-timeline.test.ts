/**
 * The timeline of a Python run in the page's runtime (under Node): requests, timers and named tasks
 * come as the same span events, with the same labels, as a TypeScript run's, so the page draws
 * them and one exercise check can judge both languages. Requests are recorded in JavaScript;
 * a program finds no way to the functions that record its timers.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { readAllSamples } from "../../src/samples/sample-files.node.ts";
import { runBounds } from "../../src/runner/run-limits.ts";
import type { PythonRuntime } from "../../src/runner/python/python-runtime.ts";
import type { TimelineEvent } from "../../src/timeline/events.ts";
import { buildTimeline, type TimelineRow } from "../../src/timeline/model.ts";
import { bootNodePython } from "../python/boot-python.node.ts";

let runtime: PythonRuntime | undefined;
let unavailable = "the runtime did not boot";

beforeAll(async () => {
  const booted = await bootNodePython();
  if ("runtime" in booted) runtime = booted.runtime;
  else unavailable = booted.unavailable;
}, 120_000);

const samplePython = (id: string) => {
  const sample = readAllSamples().find((candidate) => candidate.id === id);
  if (sample === undefined) throw new Error(`No sample ${id}.`);
  return sample.python;
};

/** Runs `code` and returns its timeline's rows and its printed lines. */
async function timelineOf(code: string) {
  if (runtime === undefined) throw new Error(`Python in the page could not be built: ${unavailable}`);
  const events: TimelineEvent[] = [];
  const stdout: string[] = [];
  let durationMs = 0;
  let droppedSpans = 0;
  let stderr = "";
  await runtime.run(code, {
    maxLines: 1_000,
    onEvent: (event) => {
      if (event.type === "timeline") events.push(event.event);
      else if (event.type === "output" && event.stream === "stdout") stdout.push(event.text);
      else if (event.type === "output") stderr += `${event.text}\n`;
      else if (event.type === "dropped") droppedSpans = event.spans ?? 0;
      else if (event.type === "exit") durationMs = event.durationMs;
    },
  });
  expect(stderr).toBe("");
  return { rows: buildTimeline(events, durationMs).rows, stdout, droppedSpans };
}

const summary = (rows: readonly TimelineRow[]) =>
  rows.map((row) => `${row.kind}: ${row.label}: ${row.outcome}`).sort();

const overlap = (a: TimelineRow, b: TimelineRow) => a.startMs < b.endMs && b.startMs < a.endMs;

// Each run takes a second or two here; on a loaded CI machine the flood of timers once took over 5 s.
describe("a Python run's timeline", { concurrent: false, timeout: 30_000 }, () => {
  it("get-json: one row per request, GET /posts/1 among them, each ending ok with its status", async () => {
    const { rows } = await timelineOf(samplePython("get-json"));
    expect(summary(rows)).toEqual([
      "request: GET /posts/1: ok",
      "request: GET /posts/2: ok",
      "request: GET /posts/3: ok",
    ]);
    expect(rows.map((row) => row.detail)).toEqual(["200", "200", "200"]);
  });

  it("two-tasks: the named tasks and their sleeps are rows, side by side", async () => {
    const { rows } = await timelineOf(samplePython("two-tasks"));
    expect(summary(rows)).toEqual([
      "task: tea: ok",
      "task: toast: ok",
      "timer: timer 1000 ms: ok",
      "timer: timer 2000 ms: ok",
    ]);
    const [short, long] = ["timer 1000 ms", "timer 2000 ms"].map((label) =>
      rows.find((row) => row.label === label),
    );
    if (short === undefined || long === undefined) throw new Error("a timer row is missing");
    expect(overlap(short, long)).toBe(true);
    expect(long.endMs - long.startMs).toBeGreaterThanOrEqual(1_900);
  });

  it("a sleep, a request or a task called off ends cancelled, a failed task error, a timeout ok", async () => {
    const { rows } = await timelineOf(`
import asyncio
import aiohttp

async def main():
    try:
        await asyncio.wait_for(asyncio.sleep(5), 0.05)
    except TimeoutError:
        print("sleep timed out")
    async with aiohttp.ClientSession() as session:
        try:
            # Long enough for the request to be made on a loaded machine, before the timeout.
            async with asyncio.timeout(0.5):
                await session.get("http://localhost:8787/delay/5000?id=1")
        except TimeoutError:
            print("request timed out")
    await asyncio.sleep(0)  # scheduling, not a wait: no row
    sleeper = asyncio.create_task(asyncio.sleep(5), name="sleeper")
    await asyncio.sleep(0.01)
    sleeper.cancel()
    try:
        await asyncio.create_task(fail(), name="fails")
    except ValueError:
        print("task failed")

async def fail():
    raise ValueError("no")

asyncio.run(main())
`);
    expect(summary(rows)).toEqual([
      "request: GET /delay/5000?id=1: cancelled",
      "task: fails: error",
      "task: sleeper: cancelled",
      "timer: timer 10 ms: ok",
      "timer: timer 50 ms: ok",
      "timer: timer 500 ms: ok",
      "timer: timer 5000 ms: cancelled",
    ]);
  });

  it("labels a call_at or timeout deadline by the delay meant, however long before it was set", async () => {
    // The busy waits stand for a loaded machine: the clock moves on between the reading a deadline
    // is worked out from and the one call_at (or entering the timeout) takes.
    const { rows, stdout } = await timelineOf(`
import asyncio, time

def busy(seconds):
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        pass

async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    when = loop.time() + 0.3
    busy(0.02)
    loop.call_at(when, done.set_result, "called")
    print(await done)
    deadline = asyncio.timeout(0.2)
    busy(0.02)
    try:
        async with deadline:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out")

asyncio.run(main())
`);
    expect(stdout).toEqual(["called", "timed out"]);
    expect(summary(rows)).toEqual([
      "timer: timer 1000 ms: cancelled",
      "timer: timer 200 ms: ok",
      "timer: timer 300 ms: ok",
    ]);
  });

  it("a program finds no way to the recorder, and cannot keep its rows off the timeline", async () => {
    const { rows, stdout } = await timelineOf(`
import asyncio, sys
import aiohttp, js, _practice_bridge
import pagepython.timeline as timeline

obvious = ("startTimer", "startTask", "endSpan", "start_timer", "start_task", "end_span",
           "emit", "spans", "recorder", "timeline", "report", "post")
print("js:", [name for name in obvious if hasattr(js, name)])
print("bridge:", list(_practice_bridge.object_keys()))
print("modules:", sorted(
    f"{name}.{key}" for name, module in list(sys.modules.items())
    if name.startswith("pagepython") for key, value in vars(module).items()
    if getattr(value, "typeof", None) == "function"))

# Wrapping the wrappers again, with functions that record nothing, hides nothing.
nothing = lambda *args: 0
timeline.install(nothing, nothing, nothing)

async def main():
    async with aiohttp.ClientSession() as session:
        async with session.get("http://localhost:8787/posts/2") as response:
            await response.read()
    await asyncio.sleep(0.02)

asyncio.run(main())
`);
    expect(stdout).toEqual(["js: []", "bridge: ['exchange']", "modules: []"]);
    expect(summary(rows)).toEqual(["request: GET /posts/2: ok", "timer: timer 20 ms: ok"]);
  });

  it("holds a flood of timers to the run's span cap and counts the rest", async () => {
    const { rows, droppedSpans } = await timelineOf(`
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    for _ in range(${runBounds.maxTimelineSpans + 50}):
        loop.call_later(0.2, lambda: None)
    await asyncio.sleep(0.3)

asyncio.run(main())
`);
    expect(rows).toHaveLength(runBounds.maxTimelineSpans);
    expect(rows.every((row) => row.label === "timer 200 ms" && row.outcome === "ok")).toBe(true);
    expect(droppedSpans).toBe(51); // the 50 past the cap, and the sleep's own timer
  });
});
