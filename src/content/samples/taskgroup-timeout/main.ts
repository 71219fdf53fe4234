const BASE = "http://localhost:8787";

const start = performance.now();
const elapsed = (): string => `${((performance.now() - start) / 1000).toFixed(1)}s`;
const outcomes = new Map<string, string>();

async function download(name: string, ms: number, signal: AbortSignal): Promise<void> {
  try {
    const response = await fetch(`${BASE}/delay/${ms}`, { signal });
    await response.arrayBuffer();
    outcomes.set(name, `finished at ${elapsed()}`);
  } catch (error) {
    if (signal.aborted) outcomes.set(name, `cancelled at ${elapsed()}`);
    throw error;
  }
}

console.log(`${elapsed()} three downloads (0.5s, 2s, 3s), one deadline of 1s for all`);
// One signal for the whole group: it aborts by itself after 1 s, with a "TimeoutError" reason.
const deadline = AbortSignal.timeout(1000);
const results = await Promise.allSettled([
  download("small", 500, deadline),
  download("medium", 2000, deadline),
  download("large", 3000, deadline),
]);
if (results.some((result) => result.status === "rejected") && deadline.aborted) {
  console.log(`${elapsed()} the deadline passed`);
}
for (const name of ["small", "medium", "large"]) {
  console.log(`${name}: ${outcomes.get(name) ?? "still running"}`);
}
