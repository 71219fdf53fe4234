import { describe, expect, it } from "vitest";
import { createSpanBatch, maxSpansPerMessage } from "./span-batch.ts";

function harness() {
  const sent: object[][] = [];
  const due: (() => void)[] = [];
  const spans = createSpanBatch({
    send: (events) => sent.push(events),
    schedule: (callback) => due.push(callback),
  });
  return { sent, due, spans };
}

const span = (id: number) => ({
  type: "span-start",
  id: `timer-${id}`,
  kind: "timer",
  label: "timer",
  atMs: 0,
});

describe("createSpanBatch", () => {
  it("sends the spans of one turn as one message when the turn ends", () => {
    const { sent, due, spans } = harness();
    for (let id = 0; id < 5; id += 1) spans.push(span(id));
    expect(sent).toEqual([]);
    expect(due).toHaveLength(1);
    due.shift()?.();
    expect(sent).toEqual([[0, 1, 2, 3, 4].map(span)]);
  });

  it("sends what it holds before another message, so a line never overtakes a span", () => {
    const { sent, due, spans } = harness();
    spans.push(span(1));
    spans.flush();
    expect(sent).toEqual([[span(1)]]);
    // The turn's own flush finds nothing left and sends nothing.
    due.shift()?.();
    expect(sent).toHaveLength(1);
    spans.flush();
    expect(sent).toHaveLength(1);
  });

  it("sends a full message at once and starts the next", () => {
    const { sent, due, spans } = harness();
    for (let id = 0; id < maxSpansPerMessage + 2; id += 1) spans.push(span(id));
    expect(sent.map((events) => events.length)).toEqual([maxSpansPerMessage]);
    due.shift()?.();
    expect(sent.map((events) => events.length)).toEqual([maxSpansPerMessage, 2]);
  });

  it("schedules one flush per turn, and a new one after it ran", () => {
    const { due, spans } = harness();
    spans.push(span(1));
    spans.push(span(2));
    expect(due).toHaveLength(1);
    due.shift()?.();
    spans.push(span(3));
    expect(due).toHaveLength(1);
  });
});
