// Right answer: the Promise constructor, its resolve handed to the timer directly.
function readyAfter(ms: number): Promise<string> {
  return new Promise((resolve) => setTimeout(resolve, ms, "ready"));
}

const start = performance.now();
const value = await readyAfter(500);
console.log(value);
console.log(`waited ${((performance.now() - start) / 1000).toFixed(1)}s`);
