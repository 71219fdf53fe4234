// Right answer: the same test with node:assert/strict, timing the timeout on performance.now.
import assert from "node:assert/strict";

type WithTimeout = <T>(promise: Promise<T>, ms: number) => Promise<T>;

const after = <T>(ms: number, value: T, error?: Error) =>
  new Promise<T>((resolve, reject) => setTimeout(() => (error ? reject(error) : resolve(value)), ms));

async function testWithTimeout(withTimeout: WithTimeout): Promise<void> {
  assert.equal(await withTimeout(after(80, 42), 400), 42);

  const started = performance.now();
  await assert.rejects(withTimeout(after(800, "slow"), 120), (error: unknown) => {
    assert.ok(error instanceof Error);
    assert.equal(error.name, "TimeoutError");
    return true;
  });
  assert.ok(performance.now() - started >= 100, "it must not give up before its time");

  const broken = new TypeError("broken");
  await assert.rejects(withTimeout(after(10, 0, broken), 400), (error: unknown) => {
    assert.equal(error, broken);
    return true;
  });
}

const withTimeout: WithTimeout = (promise, ms) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      const timer = setTimeout(() => reject(new DOMException("too slow", "TimeoutError")), ms);
      void promise.then(
        () => clearTimeout(timer),
        () => clearTimeout(timer),
      );
    }),
  ]);

await testWithTimeout(withTimeout);
console.log("the test passes");
