const start = performance.now();
const elapsed = (): string => `${((performance.now() - start) / 1000).toFixed(1)}s`;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

let beats = 0;
const ticker = setInterval(() => {
  beats += 1;
}, 250);

/** The exact count wobbles with timing; what matters is none versus several. */
function verdict(count: number): string {
  if (count === 0) return "0 heartbeats, the event loop was stuck";
  if (count >= 3) return "3+ heartbeats, the event loop kept running";
  return `only ${count} heartbeats`;
}

/** Keeps the thread busy until `until`, as heavy synchronous work does. */
function busyUntil(until: number): void {
  while (performance.now() < until) {
    // nothing: this loop never lets the event loop run
  }
}

console.log(`${elapsed()} heartbeat every 0.25s, then three waits of 1s`);

let before = beats;
busyUntil(performance.now() + 1000);
console.log(`${elapsed()} busy loop for 1s: ${verdict(beats - before)}`);

before = beats;
await sleep(1000);
console.log(`${elapsed()} await sleep(1000): ${verdict(beats - before)}`);

// Work that cannot wait, cut into slices, with a pause for the event loop after each one.
before = beats;
const until = performance.now() + 1000;
while (performance.now() < until) {
  busyUntil(Math.min(until, performance.now() + 20));
  await sleep(0);
}
console.log(`${elapsed()} busy loop in 20 ms slices: ${verdict(beats - before)}`);

clearInterval(ticker);
