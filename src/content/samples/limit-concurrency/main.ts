const BASE = "http://localhost:8787";
const LIMIT = 2;

const start = performance.now();
const elapsed = (): string => `${((performance.now() - start) / 1000).toFixed(1)}s`;

/** Runs `work` when a slot is free; at most `concurrency` run at once, like asyncio.Semaphore. */
type Limiter = <T>(work: () => Promise<T>) => Promise<T>;

/** A tiny limiter in the spirit of p-limit: callers past the limit wait in line, first come first served. */
function createLimiter(concurrency: number): Limiter {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new TypeError(`Expected concurrency to be a whole number from 1 up, got ${concurrency}.`);
  }
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (work) => {
    if (active < concurrency) active += 1;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await work();
    } finally {
      // Hand the slot straight to the next in line, or give it back.
      const next = waiting.shift();
      if (next === undefined) active -= 1;
      else next();
    }
  };
}

const limit = createLimiter(LIMIT);
let inFlight = 0;
let peak = 0;

async function request(number: number): Promise<number> {
  inFlight += 1;
  peak = Math.max(peak, inFlight);
  console.log(`${elapsed()} request ${number} started`);
  try {
    const response = await fetch(`${BASE}/delay/500?n=${number}`);
    await response.arrayBuffer();
  } finally {
    inFlight -= 1;
  }
  return number;
}

const done = await Promise.all([1, 2, 3, 4, 5, 6].map((number) => limit(() => request(number))));
console.log(`${elapsed()} ${done.length} done, at most ${peak} at once`);
