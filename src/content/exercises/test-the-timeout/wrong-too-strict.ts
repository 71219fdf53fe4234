// Wrong answer: the test wants the timeout to be exactly a DOMException, so a correct withTimeout that rejects with another TimeoutError fails it.
// The check says: needed: “your test passes a correct withTimeout
type WithTimeout = <T>(promise: Promise<T>, ms: number) => Promise<T>;

/** Fails the test with `message` unless `condition` holds. */
function expectThat(condition: boolean, message: string): void {
  if (!condition) throw new Error(`test failed: ${message}`);
}

/** A promise that settles after `ms`: with `value`, or with `error` when one is given. */
function after<T>(ms: number, value: T, error?: Error): Promise<T> {
  return new Promise((resolve, reject) => setTimeout(() => (error ? reject(error) : resolve(value)), ms));
}

async function testWithTimeout(withTimeout: WithTimeout): Promise<void> {
  expectThat((await withTimeout(after(100, "fast"), 500)) === "fast", "a promise in time keeps its value");
  const slow = await withTimeout(after(1000, "slow"), 100).then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  expectThat("error" in slow && slow.error instanceof DOMException, "the error is a DOMException");
  const broken = new Error("broken");
  const failed = await withTimeout(after(20, "never", broken), 500).then(
    () => undefined,
    (error: unknown) => error,
  );
  expectThat(failed === broken, "a rejection in time passes through unchanged");
}

/** The implementation under test. */
const withTimeout: WithTimeout = (promise, ms) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DOMException(`no answer within ${ms} ms`, "TimeoutError")), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
};

await testWithTimeout(withTimeout);
console.log("the test passes");
