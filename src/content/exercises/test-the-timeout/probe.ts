// The check runs the learner's test against withTimeouts of its own: two correct ones (one rejects
// with a DOMException named TimeoutError, one with a plain Error named TimeoutError, so a test
// must check the name only) and five broken ones. A test must pass the first two and fail each of
// the others within 3 s. Timers and verdicts use the kit, which the program cannot change.
import type { ProbeKit } from "../../../exercises/probe-kit.ts";

type Candidate = <T>(promise: Promise<T>, ms: number) => Promise<T>;
interface Program {
  testWithTimeout?: (withTimeout: Candidate) => Promise<void>;
}

export default async function probe({ testWithTimeout }: Program, kit: ProbeKit): Promise<void> {
  if (typeof testWithTimeout !== "function") return kit.report("there is no function named testWithTimeout");
  const namedError = (ms: number) =>
    Object.assign(new Error(`no answer within ${ms} ms`), { name: "TimeoutError" });
  const domError = (ms: number) => new DOMException(`no answer within ${ms} ms`, "TimeoutError");
  const limited =
    (makeError: (ms: number) => Error, scale = 1): Candidate =>
    (promise, ms) => {
      const settled = new AbortController();
      const late = kit.sleep(ms * scale, settled.signal).then(() => {
        throw makeError(ms);
      });
      return Promise.race([promise, late]).finally(() => settled.abort());
    };
  const candidates: [string, Candidate, boolean][] = [
    ["a correct withTimeout (DOMException)", limited(domError), true],
    ["a correct withTimeout (Error named TimeoutError)", limited(namedError), true],
    ["never times out", (promise) => promise, false],
    ["rejects with a plain Error", limited((ms) => new Error(`no answer within ${ms} ms`)), false],
    ["times out too early", limited(namedError, 0.1), false],
    [
      "swallows rejections",
      (promise, ms) =>
        limited(namedError)(
          promise.catch(() => undefined as never),
          ms,
        ),
      false,
    ],
    [
      "passes on a copy of the error, not the error itself",
      (promise, ms) =>
        limited(namedError)(
          promise.catch((error: unknown) => {
            throw error instanceof Error
              ? Object.assign(new Error(error.message), { name: error.name })
              : error;
          }),
          ms,
        ),
      false,
    ],
  ];
  for (const [name, candidate, correct] of candidates) {
    const stop = new AbortController();
    const tooLong = kit.sleep(3000, stop.signal).then(() => "did not finish within 3 s");
    const verdict = await Promise.race([
      testWithTimeout(candidate).then(
        () => "passed",
        () => "failed",
      ),
      tooLong,
    ]);
    stop.abort();
    const good = correct ? verdict === "passed" : verdict !== "passed";
    const what = correct ? `passes ${name}` : `catches “${name}”`;
    kit.report(`your test ${good ? what : `does not: ${name}: the test ${verdict}`}`);
  }
}
