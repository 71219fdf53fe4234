// Wrong answer: resolved from a timer callback, but after 50 ms instead of 500 ms.
// The check says: There must be exactly 1 timer of 500 ms; there were 0.
const start = performance.now();
const { promise, resolve } = Promise.withResolvers<string>();

setTimeout(() => resolve("ready"), 50);

const value = await promise;
console.log(value);
console.log(`waited ${((performance.now() - start) / 1000).toFixed(1)}s`);
