const BASE = "http://localhost:8787";
const start = performance.now();

// Each request takes a second. Make all five run at once, without changing the server.
const bodies: string[] = [];
for (let id = 1; id <= 5; id += 1) {
  const response = await fetch(`${BASE}/delay/1000?id=${id}`);
  bodies.push(await response.text());
}

console.log(`all ${bodies.length} done`);
console.log(`took ${((performance.now() - start) / 1000).toFixed(1)}s`);
