import { afterEach, describe, expect, it } from "vitest";
import type { TimelineEvent } from "./events.ts";
import { installTimelineProbes, type ProbeScope, type UserTiming } from "./probes.ts";

const origin = "http://localhost:8787";
let uninstall: (() => void) | undefined;

afterEach(() => uninstall?.());

function probedScope(fetchImpl: ProbeScope["fetch"]) {
  const events: TimelineEvent[] = [];
  const scope: ProbeScope = {
    fetch: fetchImpl,
    setTimeout: (handler, delay, ...args) => setTimeout(handler, delay, ...args),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
  const started = performance.now();
  uninstall = installTimelineProbes(scope, {
    now: () => performance.now() - started,
    emit: (event) => events.push(event),
    practiceOrigin: origin,
  });
  return { scope, events };
}

describe("installTimelineProbes", () => {
  it("records a request by method and path, with its status", async () => {
    const { scope, events } = probedScope(() => Promise.resolve(new Response("", { status: 404 })));
    const response = await scope.fetch(`${origin}/posts/0?x=1`, { method: "post" });
    expect(response.status).toBe(404);
    expect(events).toMatchObject([
      { type: "span-start", kind: "request", label: "POST /posts/0?x=1" },
      { type: "span-end", outcome: "error", detail: "404" },
    ]);
  });

  it("records a failed and an aborted request, and still throws", async () => {
    const { scope, events } = probedScope(() => Promise.reject(new TypeError("fetch failed")));
    await expect(scope.fetch("http://localhost:9/x")).rejects.toThrow("fetch failed");
    expect(events[0]).toMatchObject({ label: "GET http://localhost:9/x" });
    expect(events[1]).toMatchObject({ outcome: "error" });

    const aborted = probedScope(() => Promise.reject(new DOMException("aborted", "AbortError")));
    await expect(aborted.scope.fetch(`${origin}/delay/1000`)).rejects.toThrow("aborted");
    expect(aborted.events[1]).toMatchObject({ outcome: "cancelled" });
  });

  it.each([
    ["aborted with a reason (a TaskGroup cancelling its siblings)", true, "cancelled"],
    ["failing on its own, with a signal that was never aborted", false, "error"],
  ])("a request %s is %s", async (_, abort, outcome) => {
    const controller = new AbortController();
    const reason = new Error("a sibling failed");
    const { scope, events } = probedScope(
      (_input, init) =>
        new Promise((_resolve, reject) => {
          if (!abort) reject(new TypeError("fetch failed"));
          // fetch rejects with the abort's reason, whatever it is; here it is an Error.
          init?.signal?.addEventListener("abort", () => reject(init.signal?.reason as Error));
        }),
    );
    const request = scope.fetch(`${origin}/delay/1000`, { signal: controller.signal });
    if (abort) controller.abort(reason);
    await expect(request).rejects.toThrow(abort ? "a sibling failed" : "fetch failed");
    expect(events[1]).toMatchObject({ type: "span-end", outcome });
  });

  it("records timers that fire and timers that are cleared, but not zero-delay ones", async () => {
    const { scope, events } = probedScope(() => Promise.resolve(new Response("")));
    await new Promise<void>((resolve) => scope.setTimeout(() => resolve(), 30));
    scope.setTimeout(() => undefined, 0);
    const cleared = scope.setTimeout(() => undefined, 1000);
    scope.clearTimeout(cleared);
    expect(events.map((event) => [event.type, "outcome" in event ? event.outcome : ""])).toEqual([
      ["span-start", ""],
      ["span-end", "ok"],
      ["span-start", ""],
      ["span-end", "cancelled"],
    ]);
    expect(events[0]).toMatchObject({ kind: "timer", label: "timer 30 ms" });
    const [start, end] = [events[0]?.atMs ?? 0, events[1]?.atMs ?? 0];
    expect(end - start).toBeGreaterThanOrEqual(25);
  });

  it("records an interval as one row until it is cleared, by either clear function", async () => {
    const events: TimelineEvent[] = [];
    const scope: ProbeScope = {
      fetch: () => Promise.resolve(new Response("")),
      setTimeout: (handler, delay, ...args) => setTimeout(handler, delay, ...args),
      clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
      setInterval: (handler, delay, ...args) => setInterval(handler, delay, ...args),
      clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
    };
    const original = { setInterval: scope.setInterval, clearInterval: scope.clearInterval };
    uninstall = installTimelineProbes(scope, {
      now: () => 0,
      emit: (e) => events.push(e),
      practiceOrigin: origin,
    });
    let ticks = 0;
    await new Promise<void>((resolve) => {
      const poll = scope.setInterval?.(() => {
        ticks += 1;
        if (ticks < 3) return;
        scope.clearInterval?.(poll);
        resolve();
      }, 1);
    });
    scope.clearTimeout(scope.setInterval?.(() => undefined, 0));
    expect(ticks).toBe(3);
    expect(events).toEqual([
      { type: "span-start", id: "timer-1", kind: "timer", label: "interval 1 ms", atMs: 0 },
      { type: "span-end", id: "timer-1", atMs: 0, outcome: "ok" },
      { type: "span-start", id: "timer-2", kind: "timer", label: "interval 0 ms", atMs: 0 },
      { type: "span-end", id: "timer-2", atMs: 0, outcome: "ok" },
    ]);
    uninstall();
    uninstall = undefined;
    expect(scope).toMatchObject(original);
  });

  it("passes timer arguments through and restores the originals", () => {
    const originalFetch: ProbeScope["fetch"] = () => Promise.resolve(new Response(""));
    const { scope } = probedScope(originalFetch);
    expect(scope.fetch).not.toBe(originalFetch);
    uninstall?.();
    uninstall = undefined;
    expect(scope.fetch).toBe(originalFetch);
  });

  it("gives a task named with performance.mark its own row, closed by a measure from that mark", () => {
    const events: TimelineEvent[] = [];
    const marks: string[] = [];
    const timing: UserTiming = {
      mark: (name) => void marks.push(name),
      measure: (name) => void marks.push(`measure ${name}`),
    };
    const scope: ProbeScope = {
      fetch: () => Promise.resolve(new Response("")),
      setTimeout: () => undefined,
      clearTimeout: () => undefined,
      performance: timing,
    };
    let clock = 0;
    uninstall = installTimelineProbes(scope, {
      now: () => clock,
      emit: (e) => events.push(e),
      practiceOrigin: origin,
    });
    timing.mark("tea");
    clock = 5;
    timing.mark("tea");
    timing.measure("unrelated");
    clock = 20;
    timing.measure("tea", "tea");
    timing.measure("tea done", { start: "tea" });
    expect(marks).toEqual(["tea", "tea", "measure unrelated", "measure tea", "measure tea done"]);
    expect(events).toEqual([
      { type: "span-start", id: "task-1", kind: "task", label: "tea", atMs: 0 },
      { type: "span-start", id: "task-2", kind: "task", label: "tea", atMs: 5 },
      { type: "span-end", id: "task-1", atMs: 20, outcome: "ok" },
      { type: "span-end", id: "task-2", atMs: 20, outcome: "ok" },
    ]);
    uninstall();
    uninstall = undefined;
    timing.mark("after");
    expect(events).toHaveLength(4);
  });
});
