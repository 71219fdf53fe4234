// Wrong answer: the five requests start together, but nothing waits for them before the summary.
// The check says: “all 5 done” was printed at
const BASE = "http://localhost:8787";
const start = performance.now();

const ids = [1, 2, 3, 4, 5];
const bodies: Promise<string>[] = [];
ids.forEach((id) => {
  bodies.push(fetch(`${BASE}/delay/1000?id=${id}`).then((response) => response.text()));
});

console.log(`all ${bodies.length} done`);
console.log(`took ${((performance.now() - start) / 1000).toFixed(1)}s`);
