// Wrong answer: a deadline is set, but it only prints a line: the read goes on to the end.
// The check says: The run must take at most 2 s; it took
const BASE = "http://localhost:8787";

const timer = setTimeout(() => console.log("deadline passed"), 1000);
const response = await fetch(`${BASE}/stream?chunks=10&intervalMs=300`);
if (response.body === null) throw new Error("no body");
const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
for (;;) {
  const { done, value } = await reader.read();
  if (done) break;
  for (const line of value.split("\n")) if (line !== "") console.log(line);
}
clearTimeout(timer);
console.log("the stream ended");
