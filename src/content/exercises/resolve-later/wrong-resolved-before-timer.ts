// Wrong answer: a timer of ms is set, but the promise is resolved before it fires.
// The check says: needed: “the longer call was fulfilled with "ready" on time”
function readyAfter(ms: number): Promise<string> {
  const { promise, resolve } = Promise.withResolvers<string>();
  setTimeout(() => console.log("timer fired"), ms);
  resolve("ready");
  return promise;
}

const start = performance.now();
const value = await readyAfter(500);
console.log(value);
console.log(`waited ${((performance.now() - start) / 1000).toFixed(1)}s`);
