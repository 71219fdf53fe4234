const BASE = "http://localhost:8787";
const start = performance.now();

async function download(id: number): Promise<number> {
  const response = await fetch(`${BASE}/delay/300?id=${id}`);
  await response.text();
  return id;
}

// The server asks for at most 2 requests at a time. Keep all six, but never more than 2 in flight.
const ids = [1, 2, 3, 4, 5, 6];
const done = await Promise.all(ids.map((id) => download(id)));

console.log(`${done.length} done`);
console.log(`took ${((performance.now() - start) / 1000).toFixed(1)}s`);
