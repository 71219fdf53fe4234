// Wrong answer: the promise is resolved at once; a timer runs, but it resolves nothing.
// It tries to fool the check: an unrelated timer stands in for waiting.
// The check says: needed: “the longer call was fulfilled with "ready" on time”
function readyAfter(ms: number): Promise<string> {
  const { promise, resolve } = Promise.withResolvers<string>();
  resolve("ready");
  setTimeout(() => undefined, ms);
  return promise;
}

const start = performance.now();
const value = await readyAfter(500);
console.log(value);
console.log(`waited ${((performance.now() - start) / 1000).toFixed(1)}s`);
