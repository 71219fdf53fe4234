// Wrong answer: it aborts the rest, but takes the first attempt to settle, which is the failing mirror.
// The check says: The run ended with an error
type Attempt<T> = (signal: AbortSignal) => Promise<T>;

async function firstSuccess<T>(attempts: readonly Attempt<T>[]): Promise<T> {
  const controller = new AbortController();
  try {
    return await Promise.race(attempts.map((attempt) => attempt(controller.signal)));
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
