// Wrong answer: the first request is awaited on its own, and only then the other four together.
// The check says: At least 5 requests must be waiting at the same time; at the busiest moment 4 were.
const BASE = "http://localhost:8787";
const start = performance.now();

async function download(id: number): Promise<string> {
  const response = await fetch(`${BASE}/delay/1000?id=${id}`);
  return response.text();
}

const first = await download(1);
const rest = await Promise.all([2, 3, 4, 5].map(download));
const bodies = [first, ...rest];

console.log(`all ${bodies.length} done`);
console.log(`took ${((performance.now() - start) / 1000).toFixed(1)}s`);
