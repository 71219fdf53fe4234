// Wrong answer: it waits for every attempt to settle, then picks the first success: nothing is cancelled.
// The check says: Every request “GET /delay/2000” must be cancelled
type Attempt<T> = (signal: AbortSignal) => Promise<T>;

async function firstSuccess<T>(attempts: readonly Attempt<T>[]): Promise<T> {
  const controller = new AbortController();
  const results = await Promise.allSettled(attempts.map((attempt) => attempt(controller.signal)));
  const success = results.find((result) => result.status === "fulfilled");
  if (success === undefined) throw new AggregateError([], "every attempt failed");
  return success.value;
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
