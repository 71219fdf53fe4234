import { describe, expect, it, vi } from "vitest";
import { exitCodes, startRun } from "./run-lifecycle.ts";
import { runBounds } from "./run-limits.ts";
import type { RunEvent } from "./types.ts";

function collect(overrides: { timeLimitMs?: number; maxLines?: number } = {}) {
  const events: RunEvent[] = [];
  const options = {
    timeLimitMs: 10_000,
    maxLines: 10,
    ...overrides,
    onEvent: (event: RunEvent) => events.push(event),
  };
  return { events, options };
}

describe("startRun", () => {
  it("sends exactly one exit, last, and resolves done with it", async () => {
    const { events, options } = collect();
    const run = startRun(options, { halt: () => undefined });
    run.report({ type: "output", stream: "stdout", text: "a", atMs: 1 });
    run.finish(0, "finished", 12.5);
    run.finish(1, "error");
    run.halt("stopped");
    run.report({ type: "output", stream: "stdout", text: "late", atMs: 2 });
    expect(await run.handle.done).toEqual({ type: "exit", code: 0, reason: "finished", durationMs: 12.5 });
    expect(events.map((event) => event.type)).toEqual(["output", "exit"]);
  });

  it("caps output lines and reports how many were dropped before the exit", async () => {
    const { events, options } = collect({ maxLines: 2 });
    const run = startRun(options, { halt: () => undefined });
    for (const text of ["1", "2", "3", "4"]) run.report({ type: "output", stream: "stdout", text, atMs: 0 });
    run.report({ type: "dropped", lines: 5 });
    run.finish(0, "finished");
    await run.handle.done;
    expect(events.filter((event) => event.type === "output")).toHaveLength(2);
    expect(events.at(-2)).toEqual({ type: "dropped", lines: 7 });
  });

  it.each([
    ["stopped", exitCodes.stopped],
    ["timeout", exitCodes.timeout],
  ] as const)(
    "ends a %s run with code %i once the transport has halted, keeping what it reports meanwhile",
    async (reason, code) => {
      const { events, options } = collect();
      let release: () => void = () => undefined;
      const halt = vi.fn(() => new Promise<void>((resolve) => (release = resolve)));
      const run = startRun(options, { halt });
      run.halt(reason);
      run.halt(reason);
      expect(run.ended).toBe(true);
      run.report({ type: "notice", key: "runtimeRestarted" });
      expect(events.map((event) => event.type)).toEqual(["notice"]);
      release();
      const exit = await run.handle.done;
      expect(exit).toMatchObject({ code, reason });
      expect(halt).toHaveBeenCalledOnce();
      expect(events.map((event) => event.type)).toEqual(["notice", "exit"]);
    },
  );

  it("halts a run that outlives its time limit", async () => {
    vi.useFakeTimers();
    try {
      const { options } = collect({ timeLimitMs: 500 });
      const halt = vi.fn();
      const run = startRun(options, { halt });
      await vi.advanceTimersByTimeAsync(499);
      expect(halt).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(halt).toHaveBeenCalledWith("timeout");
      expect((await run.handle.done).reason).toBe("timeout");
    } finally {
      vi.useRealTimers();
    }
  });

  it("still ends the run when the transport fails to halt", async () => {
    const { options } = collect();
    const run = startRun(options, {
      halt: () => {
        throw new Error("gone");
      },
    });
    run.handle.stop();
    expect((await run.handle.done).reason).toBe("stopped");
  });

  it("does not stop at once when the time limit is past what a timer can hold", async () => {
    const { options } = collect({ timeLimitMs: 2 ** 31 });
    const halt = vi.fn();
    const run = startRun(options, { halt });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(halt).not.toHaveBeenCalled();
    run.finish(0, "finished");
    expect((await run.handle.done).reason).toBe("finished");
  });

  it("clips a huge line to its first characters and says how many more there were", async () => {
    const { events, options } = collect();
    const run = startRun(options, { halt: () => undefined });
    run.report({ type: "output", stream: "stdout", text: "x".repeat(50_000_000), atMs: 0 });
    run.finish(0, "finished");
    await run.handle.done;
    const [line] = events;
    expect(line).toMatchObject({ type: "output", moreChars: 50_000_000 - runBounds.maxLineChars });
    expect(line?.type === "output" ? line.text.length : 0).toBe(runBounds.maxLineChars);
  });

  it("drops lines past the run's character cap and counts them", async () => {
    const { events, options } = collect({ maxLines: 5_000 });
    const run = startRun(options, { halt: () => undefined });
    const line = "y".repeat(runBounds.maxLineChars);
    const fit = Math.ceil(runBounds.maxRunChars / runBounds.maxLineChars);
    for (let index = 0; index < fit + 10; index += 1)
      run.report({ type: "output", stream: "stdout", text: line, atMs: 0 });
    run.finish(0, "finished");
    await run.handle.done;
    const kept = events.filter((event) => event.type === "output");
    expect(kept).toHaveLength(fit);
    expect(kept.reduce((sum, event) => sum + event.text.length, 0)).toBe(runBounds.maxRunChars);
    expect(events.at(-2)).toEqual({ type: "dropped", lines: 10 });
  });

  it("keeps at most the span cap of timeline spans and counts the rest with the host's", async () => {
    const { events, options } = collect();
    const run = startRun(options, { halt: () => undefined });
    for (let index = 0; index < runBounds.maxTimelineSpans + 5; index += 1) {
      const id = `timer-${index}`;
      run.report({ type: "timeline", event: { type: "span-start", id, kind: "timer", label: "t", atMs: 0 } });
      run.report({ type: "timeline", event: { type: "span-end", id, outcome: "ok", atMs: 1 } });
    }
    run.report({ type: "dropped", lines: 0, spans: 7 });
    run.finish(0, "finished");
    await run.handle.done;
    expect(events.filter((event) => event.type === "timeline")).toHaveLength(2 * runBounds.maxTimelineSpans);
    expect(events.at(-2)).toEqual({ type: "dropped", lines: 0, spans: 12 });
  });
});
