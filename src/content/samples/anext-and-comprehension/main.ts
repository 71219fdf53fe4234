const start = performance.now();
const elapsed = (): string => `${((performance.now() - start) / 1000).toFixed(1)}s`;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Yields 1 to `count`, each after 0.2 s of (pretend) work. */
async function* numbers(count: number): AsyncGenerator<number> {
  for (let number = 1; number <= count; number += 1) {
    await sleep(200);
    yield number;
  }
}

const source = numbers(5); // a generator is its own iterator: no aiter() needed
const first = await source.next(); // one value, without a loop: { value, done }
console.log(`${elapsed()} anext gave ${first.done === true ? "nothing" : first.value}`);

// The twin of an async comprehension: a for await loop, taking the values one after another.
// It goes on from where next() left off, and runs to the end, so the generator finishes normally.
const evens: number[] = [];
for await (const number of source) {
  if (number % 2 === 0) evens.push(number);
}
console.log(`${elapsed()} the rest, evens only: ${evens.join(", ")}`);

// After the end, next() keeps answering { done: true }; the default is up to you.
const after = await source.next();
console.log(`${elapsed()} anext after the end: ${after.done === true ? "nothing left" : after.value}`);
