// Wrong answer: the timer only raises a flag, and the loop looks at it after each line arrives, then
// also waits for the line after that, so the deadline is noticed two lines late.
// The check says: “deadline passed” must follow the last of them at once, within 300 ms, not after a wait of its own; it came
const BASE = "http://localhost:8787";

const response = await fetch(`${BASE}/stream?chunks=10&intervalMs=300`);
if (response.body === null) throw new Error("no body");
const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();

const deadline = { passed: false, seen: 0 };
setTimeout(() => (deadline.passed = true), 1000);
for (;;) {
  const { done, value } = await reader.read();
  if (done) break;
  for (const line of value.split("\n")) if (line !== "") console.log(line);
  if (deadline.passed && ++deadline.seen === 2) break;
}
await reader.cancel();
console.log("deadline passed");
