// Wrong answer: when all attempts fail it rejects with the last error alone, not an AggregateError.
// The check says: needed: “when all fail, it rejects with an AggregateError of 2”
type Attempt<T> = (signal: AbortSignal) => Promise<T>;

async function firstSuccess<T>(attempts: readonly Attempt<T>[]): Promise<T> {
  const controller = new AbortController();
  try {
    return await Promise.any(attempts.map((attempt) => attempt(controller.signal)));
  } catch (error) {
    throw error instanceof AggregateError ? error.errors.at(-1) : error;
  } finally {
    controller.abort();
  }
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
