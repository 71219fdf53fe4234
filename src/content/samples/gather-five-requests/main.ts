const BASE = "http://localhost:8787";

const start = performance.now();
const elapsed = (): string => `${((performance.now() - start) / 1000).toFixed(1)}s`;

async function request(number: number): Promise<number> {
  const response = await fetch(`${BASE}/delay/1000?n=${number}`);
  await response.arrayBuffer();
  return number;
}

console.log(`${elapsed()} sending 5 requests to /delay/1000`);
// map starts all five requests before Promise.all waits for any of them.
const numbers = await Promise.all([1, 2, 3, 4, 5].map(request));
console.log(`${elapsed()} all ${numbers.length} answered`);
console.log(`results in the order of the calls: ${numbers.join(", ")}`);
