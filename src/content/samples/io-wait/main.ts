const BASE = "http://localhost:8787";
const start = performance.now();
const elapsed = (): string => `${((performance.now() - start) / 1000).toFixed(1)}s`;

interface Delayed {
  delayedMs: number;
}

/** GET /delay/1000; returns how long the server says it waited, in ms. */
async function askSlowServer(): Promise<number> {
  const response = await fetch(`${BASE}/delay/1000`);
  if (!response.ok) throw new Error(`GET /delay/1000 answered ${response.status}`);
  const body = (await response.json()) as Delayed;
  return body.delayedMs;
}

function total(waits: number[]): string {
  const ms = waits.reduce((sum, wait) => sum + wait, 0);
  return (ms / 1000).toFixed(1);
}

console.log(`${elapsed()} three requests, one after another`);
const inSequence: number[] = [];
for (let request = 0; request < 3; request += 1) {
  inSequence.push(await askSlowServer());
}
console.log(`${elapsed()} done; the server waited ${total(inSequence)}s in all`);

console.log(`${elapsed()} three requests, together`);
const together = await Promise.all([askSlowServer(), askSlowServer(), askSlowServer()]);
console.log(`${elapsed()} done; the server waited ${total(together)}s in all`);
