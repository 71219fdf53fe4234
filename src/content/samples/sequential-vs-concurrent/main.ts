const start = performance.now();
const elapsed = (): string => `${((performance.now() - start) / 1000).toFixed(1)}s`;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

console.log(`${elapsed()} three 1 s waits, one after another`);
for (let wait = 0; wait < 3; wait += 1) {
  await sleep(1000); // the next wait starts only when this one ends
}
console.log(`${elapsed()} done: the waits added up`);

console.log(`${elapsed()} three 1 s waits, together`);
await Promise.all([sleep(1000), sleep(1000), sleep(1000)]);
console.log(`${elapsed()} done: the waits overlapped`);
