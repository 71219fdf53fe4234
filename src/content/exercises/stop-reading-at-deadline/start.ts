const BASE = "http://localhost:8787";

// Like a child process's output: ten lines, one every 300 ms, read as they arrive.
const response = await fetch(`${BASE}/stream?chunks=10&intervalMs=300`);
if (response.body === null) throw new Error("no body");
const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
for (;;) {
  const { done, value } = await reader.read();
  if (done) break;
  for (const line of value.split("\n")) if (line !== "") console.log(line);
}
console.log("the stream ended");
