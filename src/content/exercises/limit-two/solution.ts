const BASE = "http://localhost:8787";
const start = performance.now();

async function download(id: number): Promise<number> {
  const response = await fetch(`${BASE}/delay/300?id=${id}`);
  await response.text();
  return id;
}

/** Runs `work` on every item with at most `limit` running at once, like asyncio.Semaphore(limit). */
async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  }
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

const ids = [1, 2, 3, 4, 5, 6];
const done = await mapLimited(ids, 2, download);

console.log(`${done.length} done`);
console.log(`took ${((performance.now() - start) / 1000).toFixed(1)}s`);
