const BASE = "http://localhost:8787";
const start = performance.now();
const elapsed = (): string => `${((performance.now() - start) / 1000).toFixed(1)}s`;

/** A background task: its promise, and the controller that cancels it. */
interface Background {
  done: Promise<void>;
  cancel: AbortController;
}
// Hold every background task, as the Python keeps its tasks in a set, so that shutdown finds them all.
const background = new Set<Background>();

/** Sleeps for `ms`, or rejects with the signal's reason when it aborts first. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(timer), reject(signal.reason as Error)), {
      once: true,
    });
  });
}

function spawn(job: (signal: AbortSignal) => Promise<void>): void {
  const cancel = new AbortController();
  const entry: Background = { cancel, done: job(cancel.signal) };
  background.add(entry);
  // Once it has ended, forget it, and report a crash that nobody else will see.
  entry.done.then(
    () => background.delete(entry),
    (error: unknown) => {
      background.delete(entry);
      if (!cancel.signal.aborted)
        console.log(`${elapsed()} a background task crashed for good: ${String(error)}`);
    },
  );
}

/** Runs job again after each crash, waiting longer each time; an abort stops it. */
async function supervise(name: string, job: (signal: AbortSignal) => Promise<void>, signal: AbortSignal) {
  const restarts = 3;
  let delay = 200;
  for (let attempt = 1; attempt <= restarts + 1; attempt += 1) {
    try {
      await job(signal);
      console.log(`${elapsed()} ${name}: succeeded on attempt ${attempt}`);
      return;
    } catch (error) {
      if (signal.aborted) throw error; // cancelled: no restart
      if (attempt > restarts) {
        console.log(`${elapsed()} ${name}: crashed ${attempt} times, giving up`);
        throw error;
      }
      const message = error instanceof Error ? error.message : String(error);
      console.log(`${elapsed()} ${name}: crashed (${message}), restarting in ${(delay / 1000).toFixed(1)}s`);
      await sleep(delay, signal);
      delay *= 2;
    }
  }
}

const key = `sync-${Math.random().toString(36).slice(2, 10)}`; // the server counts requests per key

async function syncOnce(signal: AbortSignal): Promise<void> {
  const response = await fetch(`${BASE}/flaky/${key}?failures=2`, { signal });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
}

async function ticker(signal: AbortSignal): Promise<void> {
  try {
    for (;;) await sleep(250, signal);
  } catch (error) {
    console.log(`${elapsed()} ticker: cancelled, cleaning up`);
    throw error;
  }
}

spawn((signal) => supervise("sync", syncOnce, signal));
spawn(ticker);
await new Promise((resolve) => setTimeout(resolve, 1000)); // the service's real work would go here

console.log(`${elapsed()} shutdown: ${background.size} background task(s) still running`);
const stopping = [...background];
for (const { cancel } of stopping) cancel.abort();
await Promise.allSettled(stopping.map(({ done }) => done));
console.log(`${elapsed()} shutdown: done`);
