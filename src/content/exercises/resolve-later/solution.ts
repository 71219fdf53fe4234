/** A promise fulfilled with "ready" after `ms` milliseconds, resolved from a setTimeout callback. */
function readyAfter(ms: number): Promise<string> {
  const { promise, resolve } = Promise.withResolvers<string>();
  // The callback runs later, on the event loop; until then `await promise` just waits.
  setTimeout(() => resolve("ready"), ms);
  return promise;
}

const start = performance.now();
const value = await readyAfter(500);
console.log(value);
console.log(`waited ${((performance.now() - start) / 1000).toFixed(1)}s`);
