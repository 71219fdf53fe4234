/**
 * Gathers the timeline spans the learner's realm reports into one message per turn of its event
 * loop, instead of one message each. A program that starts ten thousand timers would otherwise send
 * the runtime twenty thousand messages, and the runtime's thread, busy receiving them, competes for
 * the processor with the page that draws the run (seen in a Chromium trace: in the longest frames
 * of such a run the page's thread had under 10 ms of CPU, the realm's and the runtime's threads
 * had the rest). Output never waits behind this: the realm flushes what it gathered before any
 * other message, so the runtime, which stamps each event with its own clock as it arrives, still
 * hears spans and lines in the order they happened. Web-standard, so it is tested under Node.
 */

/** The most spans in one message; the runtime reads no more than this from one (realm-messages.ts). */
export const maxSpansPerMessage = 1_000;

/** Gathers spans and sends them together. */
export interface SpanBatch {
  /** Queues a span; it goes out at the end of this turn, or sooner once a message's worth waits. */
  push(span: object): void;
  /** Sends what is queued now: before a line, a report or the exit, so nothing overtakes a span. */
  flush(): void;
}

/** How a batch goes out, and how the realm schedules the end of a turn. */
export interface SpanBatchOptions {
  send: (spans: object[]) => void;
  /** A timer the program cannot replace, captured before it runs. */
  schedule: (callback: () => void) => void;
}

/**
 * Starts a batch.
 *
 * @example
 * const spans = createSpanBatch({ send: (events) => post({ type: "timeline", events }), schedule: (flush) => setTimeout(flush, 0) });
 * spans.push({ type: "span-start", id: "timer-1", kind: "timer", label: "timer 10 ms", atMs: 0 });
 */
export function createSpanBatch(options: SpanBatchOptions): SpanBatch {
  let queued: object[] = [];
  let scheduled = false;
  const flush = () => {
    if (queued.length === 0) return;
    const spans = queued;
    queued = [];
    options.send(spans);
  };
  return {
    push(span) {
      queued.push(span);
      if (queued.length >= maxSpansPerMessage) return flush();
      if (scheduled) return;
      scheduled = true;
      options.schedule(() => {
        scheduled = false;
        flush();
      });
    },
    flush,
  };
}
