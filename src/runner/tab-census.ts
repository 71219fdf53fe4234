/**
 * Counts the other tabs of this site that hold a WebContainer (booted or booting), so a page does
 * not boot one more beyond a limit: each container is a cross-origin frame with its own memory,
 * and production users of the API warn that more than three at once make the browser struggle.
 * Tabs ask and answer over a `BroadcastChannel`, which reaches every same-origin tab and needs no
 * storage; a tab that closes simply stops answering.
 */

/** The part of `BroadcastChannel` the census uses, so tests can pass their own. */
export interface CensusChannel {
  postMessage(message: unknown): void;
  addEventListener(type: "message", listener: (event: { data: unknown }) => void): void;
}

/** How many containers may run at once across the site's tabs. */
export const maxContainerTabs = 3;

type CensusMessage = { kind: "who-holds"; ask: string } | { kind: "holds"; ask: string; tab: string };

function isCensusMessage(data: unknown): data is CensusMessage {
  if (typeof data !== "object" || data === null) return false;
  const message = data as Partial<Record<string, unknown>>;
  return (
    (message["kind"] === "who-holds" || message["kind"] === "holds") && typeof message["ask"] === "string"
  );
}

/** Thrown instead of a boot when enough other tabs hold a container. */
export class TabLimitError extends Error {
  readonly others: number;
  constructor(others: number) {
    super(`Node.js already runs in ${others} other tabs of this site.`);
    this.name = "TabLimitError";
    this.others = others;
  }
}

/** This tab's side of the census: it answers others, and asks them. */
export interface TabCensus {
  /** Whether this tab holds a container now (booting counts: it is about to). */
  setHolding(holding: boolean): void;
  /** The other tabs that say they hold one, counted for `answerWithinMs`. */
  countOthers(): Promise<number>;
}

/** A census over `channel`; `answerWithinMs` is how long the asking tab listens for answers. */
export function createTabCensus(channel: CensusChannel, answerWithinMs = 150): TabCensus {
  const tab = crypto.randomUUID();
  let holding = false;
  const counting = new Map<string, Set<string>>();
  channel.addEventListener("message", ({ data }) => {
    if (!isCensusMessage(data)) return;
    if (data.kind === "who-holds" && holding) channel.postMessage({ kind: "holds", ask: data.ask, tab });
    if (data.kind === "holds" && typeof data.tab === "string") counting.get(data.ask)?.add(data.tab);
  });
  return {
    setHolding(value) {
      holding = value;
    },
    countOthers() {
      const ask = crypto.randomUUID();
      const answered = new Set<string>();
      counting.set(ask, answered);
      channel.postMessage({ kind: "who-holds", ask });
      return new Promise((resolve) =>
        setTimeout(() => {
          counting.delete(ask);
          resolve(answered.size);
        }, answerWithinMs),
      );
    },
  };
}
