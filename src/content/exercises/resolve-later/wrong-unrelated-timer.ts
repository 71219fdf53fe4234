// Wrong answer: the promise is resolved at once; a timer runs, but it resolves nothing.
// The check says: There must be exactly 1 timer of 500 ms; there were 0.
const start = performance.now();
const { promise, resolve } = Promise.withResolvers<string>();

resolve("ready");
setTimeout(() => undefined, 600);

const value = await promise;
console.log(value);
console.log(`waited ${((performance.now() - start) / 1000).toFixed(1)}s`);
