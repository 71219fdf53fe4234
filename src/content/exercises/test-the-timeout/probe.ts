// The check runs the learner's test against withTimeouts of its own: a correct one (which rejects
// with an Error named TimeoutError, not a DOMException, so a test must check the name only) and
// four broken ones. A test must pass the first and fail each of the others within 3 s. A word
// picked for each run ends every line.
declare function testWithTimeout(
  withTimeout: <T>(promise: Promise<T>, ms: number) => Promise<T>,
): Promise<void>;
declare const checkWords: readonly string[];

type Candidate = <T>(promise: Promise<T>, ms: number) => Promise<T>;
const timeoutError = (ms: number) =>
  Object.assign(new Error(`no answer within ${ms} ms`), { name: "TimeoutError" });
const limited =
  (makeError: (ms: number) => Error, scale = 1): Candidate =>
  (promise, ms) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(makeError(ms)), ms * scale);
    });
    return Promise.race([promise, late]).finally(() => clearTimeout(timer));
  };
const candidates: [string, Candidate, boolean][] = [
  ["a correct withTimeout", limited(timeoutError), true],
  ["never times out", (promise) => promise, false],
  ["rejects with a plain Error", limited((ms) => new Error(`no answer within ${ms} ms`)), false],
  ["times out too early", limited(timeoutError, 0.1), false],
  [
    "swallows rejections",
    (promise, ms) =>
      limited(timeoutError)(
        promise.catch(() => undefined as never),
        ms,
      ),
    false,
  ],
];
for (const [name, candidate, correct] of candidates) {
  let deadline: ReturnType<typeof setTimeout> | undefined;
  const tooLong = new Promise<string>((resolve) => {
    deadline = setTimeout(() => resolve("did not finish within 3 s"), 3000);
  });
  const verdict = await Promise.race([
    testWithTimeout(candidate).then(
      () => "passed",
      () => "failed",
    ),
    tooLong,
  ]);
  clearTimeout(deadline);
  const good = correct ? verdict === "passed" : verdict !== "passed";
  const what = correct ? `passes ${name}` : `catches “${name}”`;
  console.log(
    `check: your test ${good ? what : `does not: ${name}: the test ${verdict}`} (${checkWords[0] ?? ""})`,
  );
}
