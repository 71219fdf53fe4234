// Wrong answer (from issue 19): the test compares the rejection's message, not the error object
// itself, so a withTimeout that passes on a copy of the error gets through.
// The check says: needed: “your test catches “passes on a copy of the error, not the error itself”
type WithTimeout = <T>(promise: Promise<T>, ms: number) => Promise<T>;

/** Fails the test with `message` unless `condition` holds. */
function expectThat(condition: boolean, message: string): void {
  if (!condition) throw new Error(`test failed: ${message}`);
}

/** A promise that settles after `ms`: with `value`, or with `error` when one is given. */
function after<T>(ms: number, value: T, error?: Error): Promise<T> {
  return new Promise((resolve, reject) => setTimeout(() => (error ? reject(error) : resolve(value)), ms));
}

/** Resolves when withTimeout keeps its promise; throws when it does not. */
async function testWithTimeout(withTimeout: WithTimeout): Promise<void> {
  // In time: the value comes through, also when it takes a while.
  expectThat((await withTimeout(after(100, "fast"), 500)) === "fast", "a promise in time keeps its value");

  // Too slow: a TimeoutError, well before the promise itself would settle.
  const slow = await withTimeout(after(1000, "slow"), 100).then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  const slowError = "error" in slow ? slow.error : undefined;
  expectThat("error" in slow, "a slow promise must be rejected");
  expectThat(slowError instanceof Error && slowError.name === "TimeoutError", "the error is a TimeoutError");

  // A failure in time is passed on as it is.
  const broken = new Error("broken");
  const failed = await withTimeout(after(20, "never", broken), 500).then(
    () => undefined,
    (error: unknown) => error,
  );
  expectThat(
    failed instanceof Error && failed.message === broken.message,
    "a rejection in time passes through",
  );
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
