/** A promise fulfilled with "ready" after `ms` milliseconds, resolved from a setTimeout callback. */
function readyAfter(ms: number): Promise<string> {
  if (ms < 0) throw new RangeError("ms must not be negative");
  const { promise, resolve } = Promise.withResolvers<string>();
  // Resolve the promise with "ready" after ms milliseconds, from a setTimeout callback.
  resolve("ready");
  return promise;
}

const start = performance.now();
const value = await readyAfter(500);
console.log(value);
console.log(`waited ${((performance.now() - start) / 1000).toFixed(1)}s`);
