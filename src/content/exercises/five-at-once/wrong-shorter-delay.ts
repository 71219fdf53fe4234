// Wrong answer: still one after another, made "fast" by asking the server for shorter waits.
// The check says: There must be exactly 5 requests “GET /delay/1000?id=1–5”; there were 0.
const BASE = "http://localhost:8787";
const start = performance.now();

const bodies: string[] = [];
for (let id = 1; id <= 5; id += 1) {
  const response = await fetch(`${BASE}/delay/200?id=${id}`);
  bodies.push(await response.text());
}

console.log(`all ${bodies.length} done`);
console.log(`took ${((performance.now() - start) / 1000).toFixed(1)}s`);
