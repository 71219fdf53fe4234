const start = performance.now();
const elapsed = () => `${((performance.now() - start) / 1000).toFixed(1)}s`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A drift probe: a timer that should fire every `everyMs`. When the event loop is blocked, it
 * fires late, and the lateness is how long the loop was blocked.
 */
function watchEventLoop(thresholdMs = 250, everyMs = 50): () => void {
  let due = performance.now() + everyMs;
  const timer = setInterval(() => {
    const late = performance.now() - due;
    if (late > thresholdMs)
      console.log(`warning: the event loop was blocked for ${(late / 1000).toFixed(1)}s`);
    due = performance.now() + everyMs;
  }, everyMs);
  return () => clearInterval(timer);
}

const stopWatching = watchEventLoop();
console.log(`${elapsed()} watching the event loop`);

console.log(`${elapsed()} blocking for 0.5s`);
const until = performance.now() + 500;
while (performance.now() < until) {
  // the bug: a busy loop, standing in for heavy synchronous work; nothing else can run meanwhile
}
console.log(`${elapsed()} blocking call done`);

console.log(`${elapsed()} awaiting for 0.5s`);
await sleep(500); // the loop is free again: the probe's timer fires, late, and reports
console.log(`${elapsed()} awaited call done`);
stopWatching();
