/**
 * Sends a run's events in batches rather than one message each. Every message crosses the relay
 * iframe and the page on their main thread, so a program that prints or starts timers in a tight
 * loop would otherwise queue hundreds of thousands of messages there, freezing the page and
 * delaying the next run behind them. Batches are also paced, one per `delayMs`: messages that
 * arrive back to back keep the page's main thread busy even when each is short. The queue cannot
 * grow without bound, since the runtime bounds lines and spans before they are queued
 * (run-limits.ts). Web-standard, so it is tested under Node.
 */
import type { RunEvent } from "../types.ts";

/** The message that carries a batch. */
export interface EventBatchMessage {
  type: "batch";
  events: RunEvent[];
}

/** Gathers events and sends them together. */
export interface EventBatch {
  /** Queues an event; it goes out with a later batch, in order. */
  push(event: RunEvent): void;
}

/** How a batch goes out and when the next one is due. */
export interface EventBatchOptions {
  send: (message: EventBatchMessage) => void;
  /** Calls `callback` soon: the runtime's own timer, captured before learner code runs. */
  schedule: (callback: () => void, ms: number) => void;
  /** The most events in one message. */
  maxEvents?: number;
  /** The time between two messages. */
  delayMs?: number;
}

/**
 * Starts a batcher.
 *
 * @example
 * const batch = createEventBatch({ send: (message) => port.postMessage(message), schedule: setTimeout });
 * batch.push({ type: "output", stream: "stdout", text: "hi", atMs: 1 });
 */
export function createEventBatch(options: EventBatchOptions): EventBatch {
  const { send, schedule, maxEvents = 1_000, delayMs = 16 } = options;
  let queue: RunEvent[] = [];
  let scheduled = false;
  let sentAny = false;
  const sendNext = () => {
    scheduled = false;
    if (queue.length === 0) return;
    const events = queue.slice(0, maxEvents);
    queue = queue.slice(maxEvents);
    send({ type: "batch", events });
    sentAny = true;
    if (queue.length > 0) later();
  };
  const later = () => {
    if (scheduled) return;
    scheduled = true;
    // The first batch goes at once: a program's first line is what the learner waits for.
    schedule(sendNext, sentAny ? delayMs : 0);
  };
  return {
    push(event) {
      queue.push(event);
      later();
    },
  };
}
