const start = performance.now();
const elapsed = (): string => `${((performance.now() - start) / 1000).toFixed(1)}s`;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Yields 1, 2, 3, ... one every `intervalMs` milliseconds, for as long as someone asks. */
async function* ticks(intervalMs: number): AsyncGenerator<number> {
  let number = 0;
  try {
    for (;;) {
      await sleep(intervalMs);
      number += 1;
      yield number; // pauses here until the loop asks for the next value
    }
  } finally {
    console.log(`${elapsed()} ticks: cleaned up after ${number}`);
  }
}

// Leaving a for await loop early calls the generator's return(), so its `finally` runs right away.
for await (const number of ticks(200)) {
  console.log(`${elapsed()} tick ${number}`);
  if (number === 3) break;
}
console.log(`${elapsed()} loop left`);
