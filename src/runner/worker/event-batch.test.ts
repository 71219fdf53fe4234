import { describe, expect, it } from "vitest";
import { createEventBatch, type EventBatchMessage } from "./event-batch.ts";
import type { RunEvent } from "../types.ts";

function harness(maxEvents = 3) {
  const sent: EventBatchMessage[] = [];
  const due: (() => void)[] = [];
  const batch = createEventBatch({
    send: (message) => sent.push(message),
    schedule: (callback) => due.push(callback),
    maxEvents,
  });
  return { sent, due, batch };
}

const line = (text: string): RunEvent => ({ type: "output", stream: "stdout", text, atMs: 0 });

describe("createEventBatch", () => {
  it("sends queued events together when the timer comes, in order", () => {
    const { sent, due, batch } = harness();
    batch.push(line("a"));
    batch.push(line("b"));
    expect(sent).toEqual([]);
    expect(due).toHaveLength(1);
    due[0]?.();
    expect(sent).toEqual([{ type: "batch", events: [line("a"), line("b")] }]);
  });

  it("sends a full batch at once, so a tight loop makes few, bounded messages", () => {
    const { sent, batch } = harness(3);
    for (let index = 0; index < 10; index += 1) batch.push(line(String(index)));
    expect(sent.map((message) => message.events.length)).toEqual([3, 3, 3]);
    batch.flush();
    expect(sent.map((message) => message.events.length)).toEqual([3, 3, 3, 1]);
  });

  it("sends nothing for an empty flush", () => {
    const { sent, batch } = harness();
    batch.flush();
    expect(sent).toEqual([]);
  });
});
