const BASE = "http://localhost:8787";
const GRACE_MS = 1000; // how long the jobs in flight get to finish once the stop signal has come

const start = performance.now();
const elapsed = (): string => `${((performance.now() - start) / 1000).toFixed(1)}s`;

/** Runs jobs until `stop` aborts; `cancel` aborts the job in flight (the twin of task.cancel()). */
async function worker(name: string, jobMs: number, stop: AbortSignal, cancel: AbortSignal): Promise<void> {
  let job = 0;
  try {
    while (!stop.aborted) {
      // take no new job once the stop signal has come
      job += 1;
      const response = await fetch(`${BASE}/delay/${jobMs}`, { signal: cancel });
      await response.arrayBuffer();
      console.log(`${elapsed()} ${name}: job ${job} done`);
    }
    console.log(`${elapsed()} ${name}: stopped between jobs`);
  } catch (error) {
    if (!cancel.aborted) throw error;
    console.log(`${elapsed()} ${name}: cancelled during job ${job}`);
  }
}

const stop = new AbortController();
// A browser has no signals. In Node: process.once("SIGTERM", () => stop.abort()), and the same for
// "SIGINT". Here a timer stands in for the SIGTERM that arrives after 1 s.
setTimeout(() => stop.abort(), 1000);

/** Starts a worker with its own way to be cancelled. */
function startWorker(name: string, jobMs: number): { cancel: AbortController; done: Promise<void> } {
  const cancel = new AbortController();
  return { cancel, done: worker(name, jobMs, stop.signal, cancel.signal) };
}

const workers = [startWorker("short jobs", 600), startWorker("long job", 5000)];
await new Promise((resolve) => stop.signal.addEventListener("abort", resolve, { once: true }));
console.log(`${elapsed()} SIGTERM: no new jobs, ${(GRACE_MS / 1000).toFixed(1)}s for the jobs in flight`);

let graceTimer: ReturnType<typeof setTimeout> | undefined;
const graceOver = new Promise((resolve) => (graceTimer = setTimeout(resolve, GRACE_MS)));
await Promise.race([Promise.all(workers.map(({ done }) => done)), graceOver]);
clearTimeout(graceTimer);
for (const { cancel } of workers) cancel.abort(); // cancels whatever is still running; the rest ignore it
await Promise.all(workers.map(({ done }) => done)); // let each cancelled worker clean up
console.log(`${elapsed()} cleanup: connections closed, exiting`);
