// Wrong answer: the loop stops at the deadline, but nothing cancels the body, so the
// connection stays open until the server has sent all ten lines.
// The check says: The run must take at most 2 s; it took
const BASE = "http://localhost:8787";

const start = performance.now();
const pastDeadline = () => performance.now() - start >= 1000;
const response = await fetch(`${BASE}/stream?chunks=10&intervalMs=300`);
if (response.body === null) throw new Error("no body");
const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
while (!pastDeadline()) {
  const { done, value } = await reader.read();
  if (done) break;
  for (const line of value.split("\n")) if (line !== "") console.log(line);
}
console.log(pastDeadline() ? "deadline passed" : "the stream ended");
