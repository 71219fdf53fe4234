// Wrong answer (from issue 19): the promise is resolved at once, and a 500 ms sleep comes after it,
// so "ready" is printed after a 500 ms timer though the promise never waited for it.
// It tries to fool the check: a sleep after resolving stands in for waiting.
// The check says: needed: “the longer call was fulfilled with "ready" on time”
function readyAfter(ms: number): Promise<string> {
  if (ms < 0) throw new RangeError("ms must not be negative");
  return Promise.resolve("ready");
}

const start = performance.now();
const value = await readyAfter(500);
await new Promise((resolve) => setTimeout(resolve, 500));
console.log(value);
console.log(`waited ${((performance.now() - start) / 1000).toFixed(1)}s`);
