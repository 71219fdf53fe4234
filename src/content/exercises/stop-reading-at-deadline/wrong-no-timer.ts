// Wrong answer: the reader is cancelled, but only when a line comes in after the deadline, so
// the program keeps no timer, and a stream that went quiet would never be cut off.
// The check says: “deadline passed” must be printed after every timer of 1000 ms has ended, but the run had no such timer.
const BASE = "http://localhost:8787";

const start = performance.now();
const response = await fetch(`${BASE}/stream?chunks=10&intervalMs=300`);
if (response.body === null) throw new Error("no body");
const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
for (;;) {
  const { done, value } = await reader.read();
  if (done) break;
  if (performance.now() - start >= 1000) {
    await reader.cancel();
    console.log("deadline passed");
    break;
  }
  for (const line of value.split("\n")) if (line !== "") console.log(line);
}
