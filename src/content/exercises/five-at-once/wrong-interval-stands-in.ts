// Wrong answer: the fetches are never awaited; the program waits 1.5 s by polling the clock with
// setInterval, a wait of its own that merely lasts long enough. On a slow machine the requests
// end late enough for the summary to fall within 300 ms of them, so the interval itself, a timer
// row on the timeline, is what fails it.
// It tries to fool the check: a polling interval stands in for awaiting the requests.
// The check says: There must be no timers; there was 1.
const BASE = "http://localhost:8787";
const start = performance.now();

const ids = [1, 2, 3, 4, 5];
for (const id of ids) void fetch(`${BASE}/delay/1000?id=${id}`).then((response) => response.text());
await new Promise<void>((resolve) => {
  const poll = setInterval(() => {
    if (performance.now() - start < 1500) return;
    clearInterval(poll);
    resolve();
  }, 50);
});

console.log(`all ${ids.length} done`);
console.log(`took ${((performance.now() - start) / 1000).toFixed(1)}s`);
