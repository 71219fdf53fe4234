// Right answer: waves of two with Promise.all, one wave after another.
const BASE = "http://localhost:8787";
const start = performance.now();

async function download(id: number): Promise<number> {
  const response = await fetch(`${BASE}/delay/300?id=${id}`);
  await response.text();
  return id;
}

const ids = [1, 2, 3, 4, 5, 6];
const done: number[] = [];
for (let index = 0; index < ids.length; index += 2) {
  done.push(...(await Promise.all(ids.slice(index, index + 2).map(download))));
}

console.log(`${done.length} done`);
console.log(`took ${((performance.now() - start) / 1000).toFixed(1)}s`);
