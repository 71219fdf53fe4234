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
  for (;;) {
    const response = await fetch(`${BASE}/delay/${jobMs}`, { signal: cancel });
    await response.arrayBuffer();
  }
}

function startWorker(jobMs: number): BackgroundTask {
  const cancel = new AbortController();
  return { cancel, done: worker(jobMs, cancel.signal) };
}

/** Stops the tasks. For now it cancels them all at once, jobs in flight included. */
async function stopGracefully(tasks: readonly BackgroundTask[], graceMs: number): Promise<void> {
  console.log(`stopping ${tasks.length} tasks, grace ${graceMs} ms`);
  for (const { cancel } of tasks) cancel.abort();
  await Promise.allSettled(tasks.map(({ done }) => done));
}

const tasks = [startWorker(600), startWorker(5000)];
await new Promise((resolve) => stop.signal.addEventListener("abort", resolve, { once: true }));
await stopGracefully(tasks, GRACE_MS);
console.log("shutdown complete");
