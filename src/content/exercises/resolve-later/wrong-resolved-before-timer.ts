// Wrong answer: a 500 ms timer is set, but the promise is resolved before it fires.
// The check says: “ready” was printed at
const start = performance.now();
const { promise, resolve } = Promise.withResolvers<string>();

setTimeout(() => console.log("timer fired"), 500);
resolve("ready");

const value = await promise;
console.log(value);
console.log(`waited ${((performance.now() - start) / 1000).toFixed(1)}s`);
