const BASE = "http://localhost:8787";

// Like a child process's output: ten lines, one every 300 ms, read as they arrive.
const response = await fetch(`${BASE}/stream?chunks=10&intervalMs=300`);
if (response.body === null) throw new Error("no body");
const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();

// The deadline cancels the reader: the read waiting now ends with done, and the body's
// connection is released, as killing the child is when a read from its pipe is cancelled.
// (An object, so the type checker sees that the callback may change it.)
const deadline = { passed: false };
const timer = setTimeout(() => {
  deadline.passed = true;
  void reader.cancel();
}, 1000);
for (;;) {
  const { done, value } = await reader.read();
  if (done) break;
  for (const line of value.split("\n")) if (line !== "") console.log(line);
}
clearTimeout(timer);
console.log(deadline.passed ? "deadline passed" : "the stream ended");
