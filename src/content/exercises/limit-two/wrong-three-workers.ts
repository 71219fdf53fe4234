// Wrong answer: the worker pool is right, but it has three workers, one more than the server allows.
// The check says: Exactly 2 requests must be waiting at the same time; at the busiest moment 3 were.
const BASE = "http://localhost:8787";
const start = performance.now();

async function download(id: number): Promise<number> {
  const response = await fetch(`${BASE}/delay/300?id=${id}`);
  await response.text();
  return id;
}

const ids = [1, 2, 3, 4, 5, 6];
const done: number[] = [];
let next = 0;
async function worker(): Promise<void> {
  while (next < ids.length) {
    const id = ids[next++] as number;
    done.push(await download(id));
  }
}
await Promise.all([worker(), worker(), worker()]);

console.log(`${done.length} done`);
console.log(`took ${((performance.now() - start) / 1000).toFixed(1)}s`);
