/**
 * Sends a run's events in batches rather than one message each. Every message crosses the relay
 * iframe and the page on their main thread, so a program that prints or starts timers in a tight
 * loop would otherwise queue hundreds of thousands of messages there, freezing the page and
 * delaying the next run behind them. Web-standard, so it is tested under Node.
 */
import type { RunEvent } from "../types.ts";

/** The message that carries a batch. */
export interface EventBatchMessage {
  type: "batch";
  events: RunEvent[];
}

/** Gathers events and sends them together. */
export interface EventBatch {
  /** Queues an event; it goes out with the next batch. */
  push(event: RunEvent): void;
  /** Sends what is queued now (before an exit, say). */
  flush(): void;
}

/** How a batch goes out and when the next one is due. */
export interface EventBatchOptions {
  send: (message: EventBatchMessage) => void;
  /** Calls `callback` soon: the runtime's own timer, captured before learner code runs. */
  schedule: (callback: () => void, ms: number) => void;
  /** A batch this large goes out at once, so no message grows without end. */
  maxEvents?: number;
  /** How long an event may wait for others. */
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
  const { send, schedule, maxEvents = 500, delayMs = 16 } = options;
  let queue: RunEvent[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (queue.length === 0) return;
    const events = queue;
    queue = [];
    send({ type: "batch", events });
  };
  return {
    push(event) {
      queue.push(event);
      if (queue.length >= maxEvents) flush();
      else if (!scheduled) {
        scheduled = true;
        schedule(flush, delayMs);
      }
    },
    flush,
  };
}
