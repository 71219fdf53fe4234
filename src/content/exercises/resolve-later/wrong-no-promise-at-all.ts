// Wrong answer (from issue 19): no promise at all; the timer prints "ready" itself.
// It tries to fool the check: a timer prints what the promise should carry.
// The check says: needed: “the longer call was fulfilled with "ready" on time”
function readyAfter(ms: number): void {
  setTimeout(() => console.log("ready"), ms);
}

const start = performance.now();
readyAfter(500);
setTimeout(() => console.log(`waited ${((performance.now() - start) / 1000).toFixed(1)}s`), 500);
