// Wrong answer (from issue 19): the five fetches are never awaited and a 1.2 s sleep stands in,
// as in wrong-sleep-stands-in; the program then hides its timer from the timeline by making every
// Set look full (a runtime that keeps its rows in a Set drops a row once it is full) and every
// list refuse new rows pushed into it.
// It tries to fool the check: it hides its timer from the runtime's records.
// The check says: There must be no timers; there was 1.
const BASE = "http://localhost:8787";
const start = performance.now();

Object.defineProperty(Set.prototype, "size", { configurable: true, get: () => Number.MAX_SAFE_INTEGER });
const realPush = Array.prototype.push;
Array.prototype.push = function push(this: unknown[], ...items: unknown[]): number {
  const row: unknown = items[0];
  if (typeof row === "object" && row !== null && (row as { kind?: unknown }).kind === "timer")
    return this.length;
  return Reflect.apply<unknown[], unknown[], number>(realPush, this, items);
};

const ids = [1, 2, 3, 4, 5];
for (const id of ids) void fetch(`${BASE}/delay/1000?id=${id}`).then((response) => response.text());
await new Promise((resolve) => setTimeout(resolve, 1200));

console.log(`all ${ids.length} done`);
console.log(`took ${((performance.now() - start) / 1000).toFixed(1)}s`);
