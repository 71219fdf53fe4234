// Wrong answer: the fetches are never awaited; the program waits 1.5 s by polling the clock with
// setInterval, a wait of its own that merely lasts long enough (or not, on a slow machine).
// The check says: “all 5 done”
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
