// Wrong answer: it aborts the losers late, on a timer of its own half a second after the winner.
// The check says: needed: “the slow attempt was aborted as soon as the first attempt succeeded”
type Attempt<T> = (signal: AbortSignal) => Promise<T>;

async function firstSuccess<T>(attempts: readonly Attempt<T>[]): Promise<T> {
  const controller = new AbortController();
  try {
    return await Promise.any(attempts.map((attempt) => attempt(controller.signal)));
  } finally {
    setTimeout(() => controller.abort(), 500);
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
