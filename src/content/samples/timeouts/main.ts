const BASE = "http://localhost:8787";
const REQUEST_LIMIT_MS = 1000; // for each request
const BLOCK_LIMIT_MS = 500; // for one block of work

const start = performance.now();
const elapsed = (): string => `${((performance.now() - start) / 1000).toFixed(1)}s`;
const seconds = (ms: number): string => (ms / 1000).toFixed(1);

/** Every request gets its own time limit, like a session's ClientTimeout, plus an optional deadline. */
async function get(path: string, deadline?: AbortSignal): Promise<number> {
  const limit = AbortSignal.timeout(REQUEST_LIMIT_MS);
  const signal = deadline === undefined ? limit : AbortSignal.any([limit, deadline]);
  const response = await fetch(`${BASE}${path}`, { signal });
  await response.arrayBuffer(); // reading the body is covered by the same signal
  return response.status;
}

const isTimeout = (error: unknown): boolean => error instanceof DOMException && error.name === "TimeoutError";

// One signal shared by every request in a block is a deadline for the whole block.
console.log(`${elapsed()} block: ${seconds(BLOCK_LIMIT_MS)}s for everything inside`);
const deadline = AbortSignal.timeout(BLOCK_LIMIT_MS);
try {
  await get("/delay/100", deadline);
  console.log(`${elapsed()} block: /delay/100 done`);
  await get("/delay/2000", deadline);
  console.log(`${elapsed()} block: /delay/2000 done`);
} catch (error) {
  if (!isTimeout(error)) throw error;
  console.log(`${elapsed()} block: deadline hit during /delay/2000`);
}

console.log(`${elapsed()} request: /delay/2000, ${seconds(REQUEST_LIMIT_MS)}s limit per request`);
try {
  await get("/delay/2000");
} catch (error) {
  if (!isTimeout(error)) throw error;
  console.log(`${elapsed()} request: timed out`);
}

const status = await get("/delay/100");
console.log(`${elapsed()} request: /delay/100 answered ${status}`);
