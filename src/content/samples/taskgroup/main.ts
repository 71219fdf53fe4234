const BASE = "http://localhost:8787";

const start = performance.now();
const elapsed = (): string => `${((performance.now() - start) / 1000).toFixed(1)}s`;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const outcomes = new Map<string, string>();

// Promise.all cancels nothing by itself: one controller, shared by the group, does that job.
const controller = new AbortController();

/** Runs one task of the group. When it fails, it aborts the others through the shared signal. */
async function spawn(name: string, work: (signal: AbortSignal) => Promise<void>): Promise<void> {
  const { signal } = controller;
  try {
    await work(signal);
    outcomes.set(name, "finished");
  } catch (error) {
    if (signal.aborted) {
      outcomes.set(name, "cancelled");
    } else {
      outcomes.set(name, "failed");
      controller.abort(error);
    }
    throw error;
  }
}

async function download(signal: AbortSignal): Promise<void> {
  const response = await fetch(`${BASE}/delay/2000`, { signal });
  await response.arrayBuffer();
}

async function check(): Promise<void> {
  await sleep(500);
  throw new Error("check failed");
}

console.log(`${elapsed()} a check that fails at 0.5s and two 2s downloads`);
const tasks = [spawn("check", check), spawn("download 1", download), spawn("download 2", download)];
const failures: unknown[] = [];
try {
  await Promise.all(tasks); // rejects with the first error, without waiting for the rest
} catch (error) {
  failures.push(error);
}
// Like the end of a TaskGroup: report the error only once every task has ended.
await Promise.allSettled(tasks);
for (const error of failures) {
  console.log(`${elapsed()} caught: ${error instanceof Error ? error.message : String(error)}`);
}
for (const name of ["check", "download 1", "download 2"]) {
  console.log(`${name}: ${outcomes.get(name) ?? "still running"}`);
}
console.log(`total ${elapsed()}`);
