/**
 * The Python host's boot, with a stand-in for the sandboxed worker: a worker that stops answering
 * while Python boots, or says its boot failed, is ended and the reason named; the next boot starts
 * afresh; a worker that is slow but answers is waited for. A run's timeline events reach the
 * run's result as a TypeScript run's do, and an exercise's Python probe reaches the worker.
 */
import { afterEach, describe, expect, it } from "vitest";
import { collectRun } from "../run-result.ts";
import { PythonUnavailableError, type PythonFiles } from "./python-download.browser.ts";
import type { SandboxedWorker } from "./python-frame.browser.ts";
import { PythonHost } from "./python-host.browser.ts";
import { startPythonRunPipeline } from "./python-pipeline.ts";
import type { PythonHostMessage, PythonWorkerOrder } from "./python-messages.ts";

const versions = { python: "3.14.2", pyodide: "314.0.8", aiohttp: "3.8.4" };
const channels: MessageChannel[] = [];

afterEach(() => {
  for (const channel of channels.splice(0)) {
    channel.port1.close();
    channel.port2.close();
  }
});

/** A stand-in worker: `act` sees each order and may answer on the worker's end of the port. */
function standInWorker(
  act: (order: PythonWorkerOrder, answer: (message: PythonHostMessage) => void) => void,
) {
  const spawned = { count: 0, removed: 0 };
  const spawn = (): Promise<SandboxedWorker> => {
    spawned.count += 1;
    const channel = new MessageChannel();
    channels.push(channel);
    const answer = (message: PythonHostMessage) => channel.port2.postMessage(message);
    channel.port2.onmessage = (event: MessageEvent<PythonWorkerOrder>) => act(event.data, answer);
    return Promise.resolve({ port: channel.port1, remove: () => (spawned.removed += 1) });
  };
  return { spawn, spawned };
}

function hostWith(spawn: () => Promise<SandboxedWorker>): PythonHost {
  return new PythonHost({
    // The stand-in never reads them.
    files: () =>
      Promise.resolve({
        manifest: {} as PythonFiles["manifest"],
        files: {},
        sitePackages: new ArrayBuffer(0),
      }),
    workerScript: () => Promise.resolve(""),
    spawn,
    bootLiveness: { intervalMs: 20, missesAllowed: 3 },
  });
}

/** What the boot was rejected with; "booted" when it was not rejected. */
function bootFailure(host: PythonHost): Promise<unknown> {
  return host.boot().then(
    () => "booted",
    (reason: unknown) => reason,
  );
}

describe("PythonHost's boot", () => {
  it("ends a worker that stops answering while Python boots, and says why", async () => {
    const { spawn, spawned } = standInWorker(() => undefined);
    const error = await bootFailure(hostWith(spawn));
    expect(error).toBeInstanceOf(PythonUnavailableError);
    expect((error as PythonUnavailableError).why).toBe("stopped-starting");
    expect(spawned.removed).toBe(1);
  });

  it("ends a worker whose boot failed, and says it could not start, not that it could not download", async () => {
    const { spawn, spawned } = standInWorker((order, answer) => {
      if (order.type === "ping") answer({ type: "boot-failed", message: "no memory for the heap" });
    });
    const error = await bootFailure(hostWith(spawn));
    expect(error).toBeInstanceOf(PythonUnavailableError);
    expect((error as PythonUnavailableError).why).toBe("boot-failed");
    expect((error as Error).message).toBe("no memory for the heap");
    expect(spawned.removed).toBe(1);
  });

  it("boots a fresh worker on the next try after one stopped answering", async () => {
    let silent = true;
    const { spawn, spawned } = standInWorker((order, answer) => {
      if (!silent && order.type === "ping") answer({ type: "booted", versions });
    });
    const host = hostWith(spawn);
    await expect(host.boot()).rejects.toBeInstanceOf(PythonUnavailableError);
    silent = false;
    await expect(host.boot()).resolves.toEqual(versions);
    expect(spawned.count).toBe(2);
  });

  it("waits for a worker that boots slowly but answers its pings", async () => {
    let pings = 0;
    const { spawn, spawned } = standInWorker((order, answer) => {
      if (order.type !== "ping") return;
      pings += 1;
      // Booted long after three unanswered pings would have ended it.
      answer(pings < 10 ? { type: "pong" } : { type: "booted", versions });
    });
    await expect(hostWith(spawn).boot()).resolves.toEqual(versions);
    expect(pings).toBe(10);
    expect(spawned.removed).toBe(0);
  });
});

describe("PythonHost's runs", () => {
  it("hands a run's timeline spans on, so its result draws them as a TypeScript run's", async () => {
    const { spawn } = standInWorker((order, answer) => {
      if (order.type === "ping") return answer({ type: "booted", versions });
      const events = [
        {
          type: "timeline",
          event: { type: "span-start", id: "request-1", kind: "request", label: "GET /posts/1", atMs: 1 },
        },
        {
          type: "timeline",
          event: { type: "span-end", id: "request-1", atMs: 9, outcome: "ok", detail: "200" },
        },
        { type: "output", stream: "stdout", text: "done", atMs: 10 },
        { type: "dropped", lines: 0, spans: 4 },
        { type: "exit", code: 0, reason: "finished", durationMs: 12 },
      ] as const;
      for (const event of events) answer({ type: "run", runId: order.runId, event });
    });
    const host = hostWith(spawn);
    const { result } = collectRun(host, "print('done')", { timeLimitMs: 5_000, maxLines: 100 });
    const finished = await result;
    host.dispose();
    expect(finished.timeline.rows).toMatchObject([
      { kind: "request", label: "GET /posts/1", startMs: 1, endMs: 9, outcome: "ok", detail: "200" },
    ]);
    expect(finished.droppedSpans).toBe(4);
  });
});

describe("PythonHost's probe", () => {
  it("puts a Python probe in the worker's run order, and never a JavaScript one", async () => {
    const orders: PythonWorkerOrder[] = [];
    const { spawn } = standInWorker((order, answer) => {
      if (order.type === "ping") return answer({ type: "booted", versions });
      orders.push(order);
      answer({
        type: "run",
        runId: order.runId,
        event: { type: "exit", code: 0, reason: "finished", durationMs: 1 },
      });
    });
    const host = hostWith(spawn);
    const limits = { timeLimitMs: 5_000, maxLines: 100 };
    const probe = { python: "async def probe(program, kit): pass\n", words: ["Zoë-abcd0"], calls: ["greet"] };
    await collectRun(host, "def greet(): pass", { ...limits, probe }).result;
    await collectRun(host, "pass", {
      ...limits,
      probe: { javascript: "export default () => {};", words: [] },
    }).result;
    host.dispose();
    expect(orders).toMatchObject([{ type: "run", code: "def greet(): pass", probe }, { type: "run" }]);
    expect(orders[1]).not.toHaveProperty("probe");
  });
});

// Each leaves an interpreter that must not run the next program: one that cannot run again, and
// one that holds its memory limit's worth of memory until it goes.
describe.each([
  {
    case: "a program ends its own process",
    flag: { interpreterEnded: true as const },
    notice: "pythonEnded",
  },
  {
    case: "a program meets Python's memory limit",
    flag: { memoryLimitReached: true as const },
    notice: "pythonMemoryLimit",
  },
])("PythonHost after $case", ({ flag, notice }) => {
  it(`says so (${notice}) and boots a fresh worker, and the next run goes to it`, async () => {
    const runsPerWorker: number[] = [];
    const { spawn, spawned } = standInWorker((order, answer) => {
      if (order.type === "ping") {
        runsPerWorker.push(0);
        return answer({ type: "booted", versions });
      }
      runsPerWorker[runsPerWorker.length - 1] = (runsPerWorker.at(-1) ?? 0) + 1;
      // The first worker's run leaves it unfit (as os._exit(3) or a memory bomb does); the next runs on.
      const unfit = spawned.count === 1;
      answer({
        type: "run",
        runId: order.runId,
        event: {
          type: "exit",
          code: unfit ? 3 : 0,
          reason: unfit ? "error" : "finished",
          durationMs: 1,
          ...(unfit ? flag : {}),
        },
      });
    });
    const host = hostWith(spawn);
    const first = await collectRun(host, "unfit()", { timeLimitMs: 5_000, maxLines: 100 }).result;
    const second = await collectRun(host, "print('again')", { timeLimitMs: 5_000, maxLines: 100 }).result;
    host.dispose();
    expect(first.exit.code).toBe(3);
    expect(first.notices).toEqual([notice]);
    expect(second.exit.code).toBe(0);
    expect(second.notices).toEqual([]);
    expect(spawned.count).toBe(2);
    expect(spawned.removed).toBeGreaterThanOrEqual(1);
    expect(runsPerWorker).toEqual([1, 1]);
  });
});

describe("a Python Run after the host replaced its interpreter", () => {
  it("waits for the fresh boot before its time limit starts", async () => {
    let freshBootStarted = 0;
    const { spawn, spawned } = standInWorker((order, answer) => {
      if (order.type === "ping") {
        if (spawned.count === 1) return answer({ type: "booted", versions });
        // The fresh worker boots slowly, well past the run's time limit, answering as it goes.
        freshBootStarted ||= performance.now();
        return answer(
          performance.now() - freshBootStarted < 600 ? { type: "pong" } : { type: "booted", versions },
        );
      }
      const ended = spawned.count === 1;
      answer({
        type: "run",
        runId: order.runId,
        event: {
          type: "exit",
          code: ended ? 3 : 0,
          reason: ended ? "error" : "finished",
          durationMs: 1,
          ...(ended ? { interpreterEnded: true as const } : {}),
        },
      });
    });
    const host = hostWith(spawn);
    const limits = { timeLimitMs: 200, maxLines: 100 };
    const first = await startPythonRunPipeline({
      python: "import os; os._exit(3)",
      host: Promise.resolve(host),
      ...limits,
    }).result;
    const second = await startPythonRunPipeline({
      python: "print('next')",
      host: Promise.resolve(host),
      ...limits,
    }).result;
    host.dispose();
    expect(first).toMatchObject({ kind: "finished", exit: { code: 3 } });
    expect(second).toMatchObject({ kind: "finished", exit: { code: 0, reason: "finished" } });
    expect(spawned.count).toBe(2);
  });
});
