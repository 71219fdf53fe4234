import { describe, expect, it } from "vitest";
import { createEventBatch, type EventBatchMessage } from "./event-batch.ts";
import type { RunEvent } from "../types.ts";

function harness(maxEvents = 3) {
  const sent: EventBatchMessage[] = [];
  const due: (() => void)[] = [];
  const delays: number[] = [];
  const batch = createEventBatch({
    send: (message) => sent.push(message),
    schedule: (callback, ms) => {
      due.push(callback);
      delays.push(ms);
    },
    maxEvents,
  });
  /** Lets the next scheduled send happen. */
  const tick = () => due.shift()?.();
  return { sent, due, delays, batch, tick };
}

const line = (text: string): RunEvent => ({ type: "output", stream: "stdout", text, atMs: 0 });

describe("createEventBatch", () => {
  it("sends queued events together when the timer comes, in order", () => {
    const { sent, due, batch, tick } = harness();
    batch.push(line("a"));
    batch.push(line("b"));
    expect(sent).toEqual([]);
    expect(due).toHaveLength(1);
    tick();
    expect(sent).toEqual([{ type: "batch", events: [line("a"), line("b")] }]);
    expect(due).toHaveLength(0);
  });

  it("paces a tight loop's events: one bounded message per tick, none lost", () => {
    const { sent, delays, batch, tick } = harness(3);
    for (let index = 0; index < 10; index += 1) batch.push(line(String(index)));
    expect(sent).toEqual([]);
    tick();
    expect(sent.map((message) => message.events.length)).toEqual([3]);
    for (let ticks = 0; ticks < 5; ticks += 1) tick();
    expect(sent.map((message) => message.events.length)).toEqual([3, 3, 3, 1]);
    const texts = sent
      .flatMap((message) => message.events)
      .map((event) => (event.type === "output" ? event.text : ""));
    expect(texts).toEqual(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]);
    // The first message goes at once, for the first line's sake; the rest are paced.
    expect(delays).toEqual([0, 16, 16, 16]);
  });
});

const span = (id: number): RunEvent => ({
  type: "timeline",
  event: { type: "span-start", id: `timer-${String(id)}`, kind: "timer", label: "timer", atMs: 0 },
});
const exit: RunEvent = { type: "exit", code: 0, reason: "finished", durationMs: 1 };
const kinds = (message: EventBatchMessage | undefined) =>
  message?.events.map((event) => (event.type === "output" ? event.text : event.type));

describe("createEventBatch puts what the learner reads first", () => {
  it("sends a line printed after a flood of spans in the next batch, not after the spans", () => {
    const { sent, batch, tick } = harness(3);
    for (let index = 0; index < 9; index += 1) batch.push(span(index));
    tick();
    batch.push(line("first"));
    batch.push(line("second"));
    tick();
    // Six spans were still queued; the two lines overtake them, in their own order.
    expect(kinds(sent[1])).toEqual(["first", "second", "timeline"]);
  });

  it("sends everything at the exit, spans before it, without waiting for the pace", () => {
    const { sent, due, batch, tick } = harness(3);
    for (let index = 0; index < 7; index += 1) batch.push(span(index));
    batch.push(line("done"));
    batch.push(exit);
    const events = sent.flatMap((message) => message.events);
    expect(events.filter((event) => event.type === "timeline")).toHaveLength(7);
    expect(events.at(-1)).toEqual(exit);
    expect(events[0]).toEqual(line("done"));
    expect(sent.every((message) => message.events.length <= 3)).toBe(true);
    // A timer still due finds nothing left to send.
    while (due.length > 0) tick();
    expect(sent.flatMap((message) => message.events)).toHaveLength(9);
  });

  it("sends the exit alone when the last batch is full", () => {
    const { sent, batch } = harness(3);
    for (let index = 0; index < 3; index += 1) batch.push(span(index));
    batch.push(exit);
    expect(sent.map((message) => message.events.length)).toEqual([3, 1]);
  });
});
