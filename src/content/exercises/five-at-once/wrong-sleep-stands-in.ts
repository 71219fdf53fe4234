// Wrong answer (from issue 19): the five fetches start together but are never awaited; a 1.2 s
// sleep stands in for waiting on them.
// It tries to fool the check: a sleep stands in for awaiting the requests.
// The check says: There must be no timers; there was 1.
const BASE = "http://localhost:8787";
const start = performance.now();

const ids = [1, 2, 3, 4, 5];
for (const id of ids) void fetch(`${BASE}/delay/1000?id=${id}`).then((response) => response.text());
await new Promise((resolve) => setTimeout(resolve, 1200));

console.log(`all ${ids.length} done`);
console.log(`took ${((performance.now() - start) / 1000).toFixed(1)}s`);
