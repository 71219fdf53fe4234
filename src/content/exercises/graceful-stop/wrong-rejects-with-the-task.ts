// Wrong answer: it waits with Promise.all, so it rejects as soon as a cancelled task rejects.
// The check says: The run ended with an error
// A small service: two workers take jobs from the practice server until the service stops.
const BASE = "http://localhost:8787";
const GRACE_MS = 2000;

/** A task the service runs in the background: its promise, and the controller that cancels it. */
interface BackgroundTask {
  done: Promise<void>;
  cancel: AbortController;
}

// The stop signal. In Node: process.once("SIGTERM", () => stop.abort()); here it comes after 1 s.
const stop = new AbortController();
setTimeout(() => stop.abort(), 1000);

async function worker(jobMs: number, cancel: AbortSignal): Promise<void> {
  while (!stop.signal.aborted) {
    // no new job once the stop signal has come
    const response = await fetch(`${BASE}/delay/${jobMs}`, { signal: cancel });
    await response.arrayBuffer();
  }
}

function startWorker(jobMs: number): BackgroundTask {
  const cancel = new AbortController();
  return { cancel, done: worker(jobMs, cancel.signal) };
}

async function stopGracefully(tasks: readonly BackgroundTask[], graceMs: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const graceOver = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)));
  await Promise.race([Promise.allSettled(tasks.map(({ done }) => done)), graceOver]);
  clearTimeout(timer);
  for (const { cancel } of tasks) cancel.abort();
  await Promise.all(tasks.map(({ done }) => done));
}

const tasks = [startWorker(600), startWorker(5000)];
await new Promise((resolve) => stop.signal.addEventListener("abort", resolve, { once: true }));
await stopGracefully(tasks, GRACE_MS);
console.log("shutdown complete");
