// Wrong answer: the workers never look at the stop signal, so one takes new jobs during the grace period.
// The check says: There must be between 1 and 2 requests “GET /delay/600”; there were
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

/** Gives the tasks graceMs to end by themselves, cancels the rest, and waits until all have ended. */
async function stopGracefully(tasks: readonly BackgroundTask[], graceMs: number): Promise<void> {
  const allEnded = () => Promise.allSettled(tasks.map(({ done }) => done));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const graceOver = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)));
  await Promise.race([allEnded(), graceOver]);
  clearTimeout(timer);
  for (const { cancel } of tasks) cancel.abort(); // the tasks that have ended ignore it
  await allEnded(); // a cancelled task may still be cleaning up
}

const tasks = [startWorker(600), startWorker(5000)];
await new Promise((resolve) => stop.signal.addEventListener("abort", resolve, { once: true }));
await stopGracefully(tasks, GRACE_MS);
console.log("shutdown complete");
