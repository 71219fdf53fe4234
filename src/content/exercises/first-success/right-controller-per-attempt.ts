// Right answer: a promise settled by hand, one controller per attempt, and the losers aborted
// the moment one attempt succeeds.
type Attempt<T> = (signal: AbortSignal) => Promise<T>;

function firstSuccess<T>(attempts: readonly Attempt<T>[]): Promise<T> {
  const runs = attempts.map((attempt) => ({ attempt, controller: new AbortController() }));
  const errors: unknown[] = new Array(attempts.length);
  let failures = 0;
  return new Promise<T>((resolve, reject) => {
    runs.forEach(({ attempt, controller }, index) => {
      attempt(controller.signal).then(
        (value) => {
          for (const other of runs) if (other.controller !== controller) other.controller.abort();
          resolve(value);
        },
        (error: unknown) => {
          errors[index] = error;
          failures += 1;
          if (failures === attempts.length) reject(new AggregateError(errors, "every attempt failed"));
        },
      );
    });
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
