const BASE = "http://localhost:8787";
const WORKERS = 3;
// Job number: how many milliseconds the practice server takes to answer it.
const JOBS = new Map([
  [1, 2700],
  [2, 900],
  [3, 300],
  [4, 900],
  [5, 600],
  [6, 600],
]);

const start = performance.now();
const elapsed = (): string => `${((performance.now() - start) / 1000).toFixed(1)}s`;

// Every job is known before the workers start, so a plain array is queue enough: JavaScript runs
// one callback at a time, and no other worker can run between the length check and shift().
const queue = [...JOBS.keys()];

async function worker(number: number): Promise<void> {
  // A timeline row per worker (User Timing API), as create_task(..., name=...) names a task.
  performance.mark(`worker ${number}`);
  for (let job = queue.shift(); job !== undefined; job = queue.shift()) {
    const response = await fetch(`${BASE}/delay/${JOBS.get(job) ?? 0}?job=${job}`);
    await response.arrayBuffer();
    console.log(`${elapsed()} worker ${number} finished job ${job}`);
  }
  performance.measure(`worker ${number}`, `worker ${number}`);
}

const workers = Array.from({ length: WORKERS }, (_, index) => worker(index + 1));
await Promise.all(workers);
const oneAtATime = [...JOBS.values()].reduce((sum, ms) => sum + ms, 0) / 1000;
console.log(`${elapsed()} ${JOBS.size} jobs, ${WORKERS} workers (one at a time: ${oneAtATime.toFixed(1)}s)`);
