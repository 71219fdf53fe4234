const start = performance.now();
const { promise, resolve } = Promise.withResolvers<string>();

// The callback runs later, on the event loop; until then `await promise` just waits.
setTimeout(() => resolve("ready"), 500);

const value = await promise;
console.log(value);
console.log(`waited ${((performance.now() - start) / 1000).toFixed(1)}s`);
