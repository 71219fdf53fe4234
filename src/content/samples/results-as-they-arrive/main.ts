const BASE = "http://localhost:8787";

const start = performance.now();
const elapsed = (): string => `${((performance.now() - start) / 1000).toFixed(1)}s`;

async function fetchDelay(ms: number, signal?: AbortSignal): Promise<number> {
  const response = await fetch(`${BASE}/delay/${ms}`, signal === undefined ? {} : { signal });
  const { delayedMs } = (await response.json()) as { delayedMs: number };
  return delayedMs;
}

// No as_completed built in: race the promises still pending, and drop each winner from the set.
const pending = new Map([900, 200, 500].map((ms) => [ms, fetchDelay(ms)] as const));
while (pending.size > 0) {
  const [key, value] = await Promise.race(
    [...pending].map(([key, promise]) => promise.then((value) => [key, value] as const)),
  );
  pending.delete(key);
  console.log(`${elapsed()} as_completed: the ${value} ms request is done`);
}

// Promise.race settles with the first outcome; the loser keeps running until its signal aborts.
const losers = new AbortController();
const quick = fetchDelay(300, losers.signal).then(() => "quick");
const slow = fetchDelay(2000, losers.signal).then(() => "slow");
const winner = await Promise.race([quick, slow]);
losers.abort();
const cancelled = (await Promise.allSettled([quick, slow])).flatMap((result, index) =>
  result.status === "rejected" ? [["quick", "slow"][index]] : [],
);
console.log(`${elapsed()} wait: done ['${winner}'], cancelled ['${cancelled.join("', '")}']`);
