import { describe, expect, it } from "vitest";
import type { SpanEnd, SpanStart } from "../../timeline/events.ts";
import { createSpanRecorder } from "./python-timeline.ts";

function recording(maxSpans?: number) {
  const spans = createSpanRecorder(maxSpans);
  const events: (SpanStart | SpanEnd)[] = [];
  spans.begin(performance.now(), (event) => events.push(event));
  const lines = () =>
    events.map((event) =>
      event.type === "span-start"
        ? `start ${event.id} ${event.kind} ${event.label}`
        : `end ${event.id} ${event.outcome}${event.detail === undefined ? "" : ` ${event.detail}`}`,
    );
  return { spans, lines };
}

describe("a Python run's span recorder", () => {
  it("labels requests, timers and tasks as a TypeScript run's probes do", () => {
    const { spans, lines } = recording();
    spans.request("get", "/delay/1000?id=3")("ok", "200");
    const timer = spans.python.startTimer(999.6);
    const task = spans.python.startTask("worker 1");
    spans.python.endSpan(timer, "cancelled");
    spans.python.endSpan(task, "error");
    expect(lines()).toEqual([
      "start request-1 request GET /delay/1000?id=3",
      "end request-1 ok 200",
      "start timer-2 timer timer 1000 ms",
      "start task-3 task worker 1",
      "end timer-2 cancelled",
      "end task-3 error",
    ]);
  });

  it("ends only rows Python opened this run, once, with a real outcome", () => {
    const { spans, lines } = recording();
    const endRequest = spans.request("GET", "/posts/1");
    const timer = spans.python.startTimer(50);
    spans.python.endSpan(1, "ok"); // the request's row: not Python's to end
    spans.python.endSpan(timer, "finished"); // no such outcome
    spans.python.endSpan("timer-2", "ok");
    spans.python.endSpan(timer, "ok");
    spans.python.endSpan(timer, "cancelled"); // already ended
    endRequest("cancelled");
    endRequest("ok");
    expect(lines()).toEqual([
      "start request-1 request GET /posts/1",
      "start timer-2 timer timer 50 ms",
      "end timer-2 ok",
      "end request-1 cancelled",
    ]);
  });

  it("draws no timer for a delay that is not a wait, and clips a hostile task name", () => {
    const { spans, lines } = recording();
    for (const delay of [0, -5, Number.NaN, Infinity, "soon", { valueOf: () => 10 }])
      spans.python.startTimer(delay);
    spans.python.startTask("x".repeat(10_000));
    expect(lines()).toEqual([`start timer-1 timer timer 10 ms`, `start task-2 task ${"x".repeat(200)}`]);
  });

  it("holds a run to its span cap and counts the rest; a later run starts afresh", () => {
    const { spans, lines } = recording(2);
    const ids = [1, 2, 3, 4].map(() => spans.python.startTimer(10));
    expect(ids).toEqual([1, 2, 0, 0]); // past the cap, Python is given nothing to end
    for (const id of ids) spans.python.endSpan(id, "ok");
    expect(lines()).toHaveLength(4); // two starts, two ends
    expect(spans.end()).toBe(2);

    const later: string[] = [];
    spans.begin(performance.now(), (event) => later.push(`${event.type} ${event.id}`));
    spans.python.endSpan(ids[0], "ok"); // a timer of the earlier run fires now: no row of this one
    spans.python.startTimer(10);
    expect(later).toEqual(["span-start timer-5"]);
    expect(spans.end()).toBe(0);
  });

  it("records nothing between runs", () => {
    const spans = createSpanRecorder();
    expect(spans.python.startTimer(100)).toBe(0);
    spans.request("GET", "/posts/1")("ok");
    const events: string[] = [];
    spans.begin(performance.now(), (event) => events.push(`${event.type} ${event.id}`));
    spans.python.startTimer(100);
    expect(events).toEqual(["span-start timer-1"]);
  });
});
