// Wrong answer: never more than 2 at a time, but only ever one, so it takes twice as long.
// The check says: Exactly 2 requests must be waiting at the same time; at the busiest moment 1 was.
const BASE = "http://localhost:8787";
const start = performance.now();

async function download(id: number): Promise<number> {
  const response = await fetch(`${BASE}/delay/300?id=${id}`);
  await response.text();
  return id;
}

const ids = [1, 2, 3, 4, 5, 6];
const done: number[] = [];
for (const id of ids) done.push(await download(id));

console.log(`${done.length} done`);
console.log(`took ${((performance.now() - start) / 1000).toFixed(1)}s`);
