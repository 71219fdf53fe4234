// Wrong answer: it waits for every attempt to settle before it picks the first success, so it
// answers only when the slowest attempt is done.
// The check says: it settled long after the first success
type Attempt<T> = (signal: AbortSignal) => Promise<T>;

async function firstSuccess<T>(attempts: readonly Attempt<T>[]): Promise<T> {
  const controller = new AbortController();
  const outcomes = await Promise.allSettled(attempts.map((attempt) => attempt(controller.signal)));
  const first = outcomes.find((outcome) => outcome.status === "fulfilled");
  if (first?.status === "fulfilled") return first.value;
  throw new AggregateError(
    outcomes.map((outcome) => (outcome.status === "rejected" ? (outcome.reason as unknown) : null)),
  );
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
