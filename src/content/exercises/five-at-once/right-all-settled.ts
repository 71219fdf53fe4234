// Right answer: the promises started in a loop, then Promise.allSettled, reading each body.
const BASE = "http://localhost:8787";
const start = performance.now();

const pending: Promise<string>[] = [];
for (let id = 1; id <= 5; id += 1) {
  pending.push(fetch(`${BASE}/delay/1000?id=${id}`).then((response) => response.text()));
}
const outcomes = await Promise.allSettled(pending);
const bodies = outcomes.filter((outcome) => outcome.status === "fulfilled");

console.log(`all ${bodies.length} done`);
console.log(`took ${((performance.now() - start) / 1000).toFixed(1)}s`);
