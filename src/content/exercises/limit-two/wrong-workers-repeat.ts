// Wrong answer: two workers, but each walks the whole list, so every request is made twice.
// The check says: The run must make exactly 6 requests; it made 12.
const BASE = "http://localhost:8787";
const start = performance.now();

async function download(id: number): Promise<number> {
  const response = await fetch(`${BASE}/delay/300?id=${id}`);
  await response.text();
  return id;
}

const ids = [1, 2, 3, 4, 5, 6];
const done = new Set<number>();
async function worker(): Promise<void> {
  for (const id of ids) done.add(await download(id));
}
await Promise.all([worker(), worker()]);

console.log(`${done.size} done`);
console.log(`took ${((performance.now() - start) / 1000).toFixed(1)}s`);
