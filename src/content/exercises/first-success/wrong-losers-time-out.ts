// Wrong answer (from issue 19): nothing is aborted when the winner arrives; each attempt gets a
// signal that times out after 1 s, so the losers are cut by their own timeout, far too late.
// The check says: needed: “the slow attempt was aborted as soon as the first attempt succeeded”
type Attempt<T> = (signal: AbortSignal) => Promise<T>;

async function firstSuccess<T>(attempts: readonly Attempt<T>[]): Promise<T> {
  return await Promise.any(attempts.map((attempt) => attempt(AbortSignal.timeout(1000))));
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
