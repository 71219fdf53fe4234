/**
 * Sends a run's events in batches rather than one message each. Every message crosses the relay
 * iframe and the page on their main thread, so a program that prints or starts timers in a tight
 * loop would otherwise queue hundreds of thousands of messages there, freezing the page and
 * delaying the next run behind them. Batches are also paced, one per `delayMs`: messages that
 * arrive back to back keep the page's main thread busy even when each is short. The queue cannot
 * grow without bound, since the runtime bounds lines and spans before they are queued
 * (run-limits.ts). Web-standard, so it is tested under Node.
 *
 * What the learner reads goes first. Timeline spans wait in a queue of their own, so a program
 * that starts ten thousand tasks and then prints does not see its line wait behind ten pacing
 * ticks of spans: every batch takes output (and notices, checks) first, in their own order, and
 * fills the rest with spans. The exit sends what is left at once, spans before it, so the
 * timeline is complete when the page hears the run end.
 */
import type { RunEvent } from "../types.ts";

/** The message that carries a batch. */
export interface EventBatchMessage {
  type: "batch";
  events: RunEvent[];
}

/** Gathers events and sends them together. */
export interface EventBatch {
  /**
   * Queues an event. Output goes out before any span queued earlier; events of one kind keep their
   * order. An `exit` sends everything still queued at once, and goes last.
   */
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

/** A first-in, first-out queue that takes from the front without copying the rest. */
function createQueue() {
  let items: RunEvent[] = [];
  let head = 0;
  return {
    get size() {
      return items.length - head;
    },
    push(event: RunEvent) {
      items.push(event);
    },
    take(count: number): RunEvent[] {
      const taken = items.slice(head, head + count);
      head += taken.length;
      if (head === items.length) {
        items = [];
        head = 0;
      }
      return taken;
    },
  };
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
  const first = createQueue();
  const spans = createQueue();
  const queued = () => first.size + spans.size;
  let scheduled = false;
  let sentAny = false;
  /** Output first, then spans to fill the batch. */
  const take = (): RunEvent[] => {
    const events = first.take(maxEvents);
    return events.length < maxEvents ? events.concat(spans.take(maxEvents - events.length)) : events;
  };
  const sendNext = () => {
    scheduled = false;
    if (queued() === 0) return;
    send({ type: "batch", events: take() });
    sentAny = true;
    if (queued() > 0) later();
  };
  const later = () => {
    if (scheduled) return;
    scheduled = true;
    // The first batch goes at once: a program's first line is what the learner waits for.
    schedule(sendNext, sentAny ? delayMs : 0);
  };
  /** The run is over: nothing is left to pace, and the page must not wait for the exit. */
  const sendAll = (exit: RunEvent) => {
    let last: RunEvent[] = [];
    while (queued() > 0) {
      if (last.length > 0) send({ type: "batch", events: last });
      last = take();
    }
    // The exit rides with the last events when there is room, so the page hears it in the same turn.
    if (last.length === maxEvents) {
      send({ type: "batch", events: last });
      last = [];
    }
    send({ type: "batch", events: [...last, exit] });
    sentAny = true;
  };
  return {
    push(event) {
      if (event.type === "exit") return sendAll(event);
      (event.type === "timeline" ? spans : first).push(event);
      later();
    },
  };
}
