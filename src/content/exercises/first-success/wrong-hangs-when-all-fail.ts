// Wrong answer: it resolves with the first success and aborts the rest, but never settles when every attempt fails.
// The check says: needed: “when all fail, it rejects with an AggregateError of 2
type Attempt<T> = (signal: AbortSignal) => Promise<T>;

function firstSuccess<T>(attempts: readonly Attempt<T>[]): Promise<T> {
  const controller = new AbortController();
  return new Promise((resolve) => {
    for (const attempt of attempts) {
      attempt(controller.signal).then(
        (value) => {
          controller.abort();
          resolve(value);
        },
        () => undefined,
      );
    }
  });
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
