// Wrong answer: it always waits 500 ms, whatever ms it is given.
// The check says: There must be exactly 1 timer of 500 ms; there were 3.
function readyAfter(ms: number): Promise<string> {
  if (ms < 0) throw new RangeError("ms must not be negative");
  const { promise, resolve } = Promise.withResolvers<string>();
  setTimeout(() => resolve("ready"), 500);
  return promise;
}

const start = performance.now();
const value = await readyAfter(500);
console.log(value);
console.log(`waited ${((performance.now() - start) / 1000).toFixed(1)}s`);
