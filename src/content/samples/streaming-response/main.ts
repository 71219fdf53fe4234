const BASE = "http://localhost:8787";

const start = performance.now();
const elapsed = (): string => `${((performance.now() - start) / 1000).toFixed(1)}s`;

const response = await fetch(`${BASE}/stream?chunks=5&intervalMs=300`);
if (response.body === null) throw new Error("The response has no body to stream.");
console.log(`${elapsed()} status ${response.status}, body still arriving`);

// Bytes arrive in pieces that need not line up with lines: decode, then split on newlines.
const reader = response.body.getReader();
const decoder = new TextDecoder();
let pending = "";
for (;;) {
  const { done, value } = await reader.read();
  pending += decoder.decode(value, { stream: !done });
  const lines = pending.split("\n");
  pending = lines.pop() ?? ""; // the last piece may be an unfinished line
  for (const line of lines) console.log(`${elapsed()} ${line}`);
  if (done) break;
}
if (pending !== "") console.log(`${elapsed()} ${pending}`);
console.log(`${elapsed()} body complete`);
