// Wrong answer: the pool is right, but the summary is printed by a timer set for "long enough"
// rather than when the last download has finished. On a slow machine the last download ends late
// enough for the summary to fall within 300 ms of it, so the timer itself is what fails it.
// It tries to fool the check: a timer stands in for knowing when the work has ended.
// The check says: There must be no timers; there was 1.
const BASE = "http://localhost:8787";
const start = performance.now();

async function download(id: number): Promise<number> {
  const response = await fetch(`${BASE}/delay/300?id=${id}`);
  await response.text();
  return id;
}

const ids = [1, 2, 3, 4, 5, 6];
let next = 0;
const worker = async () => {
  while (next < ids.length) await download(ids[next++] ?? 0);
};
void Promise.all([worker(), worker()]);
setTimeout(() => {
  console.log(`${ids.length} done`);
  console.log(`took ${((performance.now() - start) / 1000).toFixed(1)}s`);
}, 1500);
