// Wrong answer: three requests at once, then the other two, so never five in flight together.
// The check says: At least 5 requests must be waiting at the same time; at the busiest moment
const BASE = "http://localhost:8787";
const start = performance.now();

const get = async (id: number) => (await fetch(`${BASE}/delay/1000?id=${id}`)).text();
const bodies = [...(await Promise.all([1, 2, 3].map(get))), ...(await Promise.all([4, 5].map(get)))];

console.log(`all ${bodies.length} done`);
console.log(`took ${((performance.now() - start) / 1000).toFixed(1)}s`);
