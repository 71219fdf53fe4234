/**
 * Notices a sandbox that died: out of memory, its process gone, its thread stuck in something no
 * Stop reaches. While a run goes, the page pings the relay every second; any word from the relay
 * counts as an answer. After `missesAllowed` pings in a row go unanswered, `onDead` is called once.
 * Misses are counted per ping, not measured in time, so a page that was itself frozen for a while
 * does not take its own pause for the sandbox's death.
 */

/** What the heartbeat needs from its host. */
export interface HeartbeatOptions {
  /** Sends one ping to the relay. */
  ping: () => void;
  /** Called once when the relay has stopped answering. */
  onDead: () => void;
  intervalMs?: number;
  missesAllowed?: number;
}

/** A heartbeat that can be started for a run and stopped when it ends. */
export interface Heartbeat {
  start(): void;
  stop(): void;
  /** Records a word from the relay. */
  heard(): void;
}

/**
 * @example
 * const beat = createHeartbeat({ ping: () => port.postMessage({ type: "ping" }), onDead: replace });
 * port.onmessage = () => beat.heard();
 * beat.start();
 */
export function createHeartbeat(options: HeartbeatOptions): Heartbeat {
  const { ping, onDead, intervalMs = 1_000, missesAllowed = 5 } = options;
  let timer: ReturnType<typeof setInterval> | undefined;
  let unanswered = 0;
  const stop = () => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
  };
  return {
    start() {
      stop();
      unanswered = 0;
      timer = setInterval(() => {
        if (unanswered >= missesAllowed) {
          stop();
          onDead();
          return;
        }
        unanswered += 1;
        ping();
      }, intervalMs);
      ping();
    },
    stop,
    heard() {
      unanswered = 0;
    },
  };
}
