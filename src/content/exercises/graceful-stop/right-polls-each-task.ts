// Right answer: each task races its own grace timer; the ones that lose it are cancelled, and the
// function waits for every task to have settled, whatever way.
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
  const deadline = AbortSignal.timeout(graceMs);
  await Promise.all(
    tasks.map(async ({ done, cancel }) => {
      const ended = done.then(
        () => true,
        () => true,
      );
      const graceOver = new Promise<boolean>((resolve) => {
        if (deadline.aborted) resolve(false);
        deadline.addEventListener("abort", () => resolve(false), { once: true });
      });
      if (!(await Promise.race([ended, graceOver]))) cancel.abort();
      await ended;
    }),
  );
}

const tasks = [startWorker(600), startWorker(5000)];
await new Promise((resolve) => stop.signal.addEventListener("abort", resolve, { once: true }));
await stopGracefully(tasks, GRACE_MS);
console.log("shutdown complete");
