// Wrong answer: every call shares one promise, settled by the first timer to fire, so a longer
// call is fulfilled as early as the shortest one.
// The check says: needed: “the longer call was fulfilled with "ready" on time”
const shared = Promise.withResolvers<string>();
function readyAfter(ms: number): Promise<string> {
  setTimeout(() => shared.resolve("ready"), ms);
  return shared.promise;
}

const start = performance.now();
const value = await readyAfter(500);
console.log(value);
console.log(`waited ${((performance.now() - start) / 1000).toFixed(1)}s`);
