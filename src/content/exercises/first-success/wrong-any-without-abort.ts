// Wrong answer: the first success wins, but the slower requests are left running.
// The check says: Every request “GET /delay/2000” must be cancelled
type Attempt<T> = (signal: AbortSignal) => Promise<T>;

async function firstSuccess<T>(attempts: readonly Attempt<T>[]): Promise<T> {
  const controller = new AbortController();
  return Promise.any(attempts.map((attempt) => attempt(controller.signal)));
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
