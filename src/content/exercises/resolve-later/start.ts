const start = performance.now();
const { promise, resolve } = Promise.withResolvers<string>();

// Resolve the promise with "ready" after 500 ms, from a setTimeout callback.
resolve("ready");

const value = await promise;
console.log(value);
console.log(`waited ${((performance.now() - start) / 1000).toFixed(1)}s`);
