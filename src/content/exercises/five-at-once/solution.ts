const BASE = "http://localhost:8787";
const start = performance.now();

// Start every request first, then wait for all of them together.
const ids = [1, 2, 3, 4, 5];
const bodies = await Promise.all(
  ids.map(async (id) => {
    const response = await fetch(`${BASE}/delay/1000?id=${id}`);
    return response.text();
  }),
);

console.log(`all ${bodies.length} done`);
console.log(`took ${((performance.now() - start) / 1000).toFixed(1)}s`);
