const BASE = "http://localhost:8787";

const start = performance.now();
const elapsed = (): string => `${((performance.now() - start) / 1000).toFixed(1)}s`;
let finished = 0;

/** What raise_for_status=True does for aiohttp: fetch resolves on a 503, so throw ourselves. */
class HttpError extends Error {
  readonly status: number;
  constructor(status: number) {
    super(`HTTP ${status}`);
    this.status = status;
  }
}

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) {
    await response.body?.cancel(); // free the connection
    throw new HttpError(response.status);
  }
  return response;
}

/** Runs the jobs with at most `limit` at once, like limit_per_host: the rest wait their turn. */
async function withLimit(limit: number, jobs: (() => Promise<void>)[]): Promise<void> {
  const queue = [...jobs];
  const worker = async (): Promise<void> => {
    for (let job = queue.shift(); job !== undefined; job = queue.shift()) await job();
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

async function fetchOne(): Promise<void> {
  const response = await fetchOk(`${BASE}/delay/500`);
  await response.arrayBuffer();
  finished += 1;
  console.log(`${elapsed()} ${finished} of 6 done`);
}

console.log(`${elapsed()} six requests of 0.5s, two connections`);
await withLimit(
  2,
  Array.from({ length: 6 }, () => fetchOne),
);
try {
  const response = await fetchOk(`${BASE}/status/503`);
  console.log(`not reached: ${response.status}`);
} catch (error) {
  if (!(error instanceof HttpError)) throw error;
  console.log(`${elapsed()} /status/503 raised an error, status ${error.status}`);
}
