// Wrong answer: the deadline aborts the read, but the AbortError is not caught, so the run
// ends with an error instead of saying the deadline passed.
// The check says: The run ended with an error
const BASE = "http://localhost:8787";

const response = await fetch(`${BASE}/stream?chunks=10&intervalMs=300`, {
  signal: AbortSignal.timeout(1000),
});
if (response.body === null) throw new Error("no body");
const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
for (;;) {
  const { done, value } = await reader.read();
  if (done) break;
  for (const line of value.split("\n")) if (line !== "") console.log(line);
}
console.log("the stream ended");
