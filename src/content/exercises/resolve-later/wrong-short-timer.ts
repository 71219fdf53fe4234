// Wrong answer: resolved from a timer callback, but after a tenth of the time asked for.
// The check says: needed: “the longer call was fulfilled with "ready" on time”
function readyAfter(ms: number): Promise<string> {
  const { promise, resolve } = Promise.withResolvers<string>();
  setTimeout(() => resolve("ready"), ms / 10);
  return promise;
}

const start = performance.now();
const value = await readyAfter(500);
console.log(value);
console.log(`waited ${((performance.now() - start) / 1000).toFixed(1)}s`);
