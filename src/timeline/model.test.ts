import { describe, expect, it } from "vitest";
import type { TimelineEvent } from "./events.ts";
import { axisTicks, buildTimeline, maxOverlap } from "./model.ts";

const request = (id: string, start: number, end: number): TimelineEvent[] => [
  { type: "span-start", id, kind: "request", label: `GET /delay/${end - start}`, atMs: start },
  { type: "span-end", id, atMs: end, outcome: "ok", detail: "200" },
];

describe("buildTimeline", () => {
  it("makes one row per span, ordered by start, with outputs kept apart", () => {
    const model = buildTimeline(
      [
        ...request("request-2", 10, 1010),
        ...request("request-1", 0, 1000),
        { type: "output", atMs: 1020, stream: "stdout", text: "done" },
      ],
      1030,
    );
    expect(model.rows.map((row) => [row.id, row.startMs, row.endMs, row.outcome])).toEqual([
      ["request-1", 0, 1000, "ok"],
      ["request-2", 10, 1010, "ok"],
    ]);
    expect(model.outputs).toHaveLength(1);
    expect(model.totalMs).toBe(1030);
  });

  it("draws spans still open at the end up to the end, as unfinished", () => {
    const model = buildTimeline(
      [{ type: "span-start", id: "timer-1", kind: "timer", label: "timer 5000 ms", atMs: 5 }],
      800,
    );
    expect(model.rows[0]).toMatchObject({ endMs: 800, outcome: "unfinished" });
  });

  it("ignores an end without a start, and a second end", () => {
    const model = buildTimeline(
      [
        { type: "span-end", id: "nope", atMs: 1, outcome: "ok" },
        ...request("request-1", 0, 100),
        { type: "span-end", id: "request-1", atMs: 500, outcome: "error" },
      ],
      600,
    );
    expect(model.rows).toHaveLength(1);
    expect(model.rows[0]).toMatchObject({ endMs: 100, outcome: "ok" });
  });
});

describe("row order", () => {
  const start = (id: string, kind: "request" | "timer" | "task", atMs: number): TimelineEvent => ({
    type: "span-start",
    id,
    kind,
    label: id,
    atMs,
  });
  it.each([
    // The two-tasks sample on a 1 ms clock: every span starts at 0, in program order.
    [
      "same start keeps creation order, whatever the ids",
      [start("task-1", "task", 0), start("timer-2", "timer", 0), start("task-3", "task", 0)],
      ["task-1", "timer-2", "task-3"],
    ],
    [
      "ids past nine are not compared as text",
      [start("timer-9", "timer", 5), start("timer-10", "timer", 5)],
      ["timer-9", "timer-10"],
    ],
    [
      "an earlier start comes first even if created later",
      [start("request-1", "request", 20), start("request-2", "request", 3)],
      ["request-2", "request-1"],
    ],
  ])("%s", (_, events, expected) => {
    expect(buildTimeline(events, 100).rows.map((row) => row.id)).toEqual(expected);
  });

  it("draws identical runs identically", () => {
    const run = [start("task-1", "task", 0), start("timer-2", "timer", 0), start("task-3", "task", 0)];
    const again = [...run];
    expect(buildTimeline(run, 10).rows).toEqual(buildTimeline(again, 10).rows);
  });
});

describe("maxOverlap", () => {
  it.each([
    ["five together", [0, 0, 0, 0, 0].map((start, index) => request(`r${index}`, start, 1000)).flat(), 5],
    ["five in a row", [0, 1, 2, 3, 4].map((n) => request(`r${n}`, n * 1000, n * 1000 + 1000)).flat(), 1],
    ["two at a time", [0, 0, 500, 500, 1000, 1000].map((s, i) => request(`r${i}`, s, s + 500)).flat(), 2],
  ])("%s -> %i", (_, events, expected) => {
    expect(maxOverlap(buildTimeline(events, 2000).rows, "request")).toBe(expected);
  });

  it("counts only the kind asked for", () => {
    const events: TimelineEvent[] = [
      ...request("r1", 0, 100),
      { type: "span-start", id: "t1", kind: "timer", label: "timer 100 ms", atMs: 0 },
    ];
    expect(maxOverlap(buildTimeline(events, 200).rows, "timer")).toBe(1);
  });
});

describe("axisTicks", () => {
  it.each([
    [1000, [0, 250, 500, 750, 1000]],
    [3000, [0, 500, 1000, 1500, 2000, 2500, 3000]],
    [100, [0, 50, 100]],
  ])("%i ms -> %j", (total, ticks) => {
    expect(axisTicks(total)).toEqual(ticks);
  });

  it.each([
    [1000, [0, 250, 500, 750, 1000]],
    [2100, [0, 1000, 2000]],
    [3000, [0, 1000, 2000, 3000]],
    [9000, [0, 5000]],
  ])("a narrow axis of %i ms -> %j", (total, ticks) => {
    expect(axisTicks(total, 4)).toEqual(ticks);
  });

  it("never gives a narrow axis more than five ticks", () => {
    for (let total = 10; total < 200_000; total = Math.ceil(total * 1.37)) {
      expect(buildTimeline([], total).narrowTicks.length).toBeLessThanOrEqual(5);
    }
  });
});
