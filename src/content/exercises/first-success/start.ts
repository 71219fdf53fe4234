// Ask every mirror at once, keep the first answer that succeeds, and cancel the rest: the twin of
// a TaskGroup whose first result cancels its siblings.
type Attempt<T> = (signal: AbortSignal) => Promise<T>;

/** The value of the first attempt that succeeds; the others are aborted. */
async function firstSuccess<T>(attempts: readonly Attempt<T>[]): Promise<T> {
  const controller = new AbortController();
  // Promise.race settles with the first attempt to settle, even a failure, and aborts nothing.
  return Promise.race(attempts.map((attempt) => attempt(controller.signal)));
}

const BASE = "http://localhost:8787";
const mirror = (path: string) => async (signal: AbortSignal) => {
  const response = await fetch(`${BASE}${path}`, { signal });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  await response.text();
  return path;
};

const winner = await firstSuccess([mirror("/status/503"), mirror("/delay/300"), mirror("/delay/2000")]);
console.log(`first answer: ${winner}`);
