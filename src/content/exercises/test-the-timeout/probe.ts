// The check runs the learner's test against withTimeouts of its own: two correct ones (one rejects
// with a DOMException named TimeoutError, one with a plain Error named TimeoutError, so a test
// must check the name only) and five broken ones. A test must pass the first two and fail each of
// the others within 3 s. Timers, races and verdicts use the kit, which the program cannot change
// (a program that replaces Promise.race cannot pick the verdicts).
import type { Outcome, ProbeKit } from "../../../exercises/probe-kit.ts";

type Candidate = <T>(promise: Promise<T>, ms: number) => Promise<T>;
interface Program {
  testWithTimeout?: (withTimeout: Candidate) => Promise<void>;
}

export default async function probe({ testWithTimeout }: Program, kit: ProbeKit): Promise<void> {
  if (typeof testWithTimeout !== "function") return kit.report("there is no function named testWithTimeout");
  const namedError = (ms: number) => kit.error(`no answer within ${ms} ms`, "TimeoutError");
  const domError = (ms: number) => kit.domException(`no answer within ${ms} ms`, "TimeoutError");
  const limited =
    (makeError: (ms: number) => Error, scale = 1): Candidate =>
    <T>(promise: Promise<T>, ms: number) =>
      kit.promise<T>((resolve, reject) => {
        const cancel = kit.after(ms * scale, () => reject(makeError(ms)));
        void kit.settle(promise, (outcome) => {
          cancel();
          if (outcome.fulfilled) resolve(outcome.value);
          else reject(outcome.reason);
        });
      });
  /** A correct withTimeout around `promise`, after `change` has had its say on a rejection. */
  const onRejection =
    (change: (reason: unknown) => Outcome<unknown>): Candidate =>
    <T>(promise: Promise<T>, ms: number) =>
      limited(namedError)(
        kit.promise<T>((resolve, reject) => {
          void kit.settle(promise, (outcome) => {
            const changed = outcome.fulfilled ? outcome : change(outcome.reason);
            if (changed.fulfilled) resolve(changed.value as T);
            else reject(changed.reason);
          });
        }),
        ms,
      );
  const fulfilled = (value: unknown) => ({ atMs: 0, fulfilled: true as const, value });
  const rejected = (reason: unknown) => ({ atMs: 0, fulfilled: false as const, reason });
  const candidates: [string, Candidate, boolean][] = [
    ["a correct withTimeout (DOMException)", limited(domError), true],
    ["a correct withTimeout (Error named TimeoutError)", limited(namedError), true],
    ["never times out", (promise) => promise, false],
    ["rejects with a plain Error", limited((ms) => kit.error(`no answer within ${ms} ms`)), false],
    ["times out too early", limited(namedError, 0.1), false],
    ["swallows rejections", onRejection(() => fulfilled(undefined)), false],
    [
      "passes on a copy of the error, not the error itself",
      onRejection((error) => rejected(kit.isError(error) ? kit.error(error.message, error.name) : error)),
      false,
    ],
  ];
  for (let index = 0; index < candidates.length; index += 1) {
    const entry = candidates[index];
    if (entry === undefined) continue;
    const name = entry[0];
    const correct = entry[2];
    const limit = kit.timer(3000);
    let verdict = "did not finish within 3 s";
    void kit.settle(testWithTimeout(entry[1]), (outcome) => {
      verdict = outcome.fulfilled ? "passed" : "failed";
      limit.cancel();
    });
    await limit.done;
    const good = correct ? verdict === "passed" : verdict !== "passed";
    const what = correct ? `passes ${name}` : `catches “${name}”`;
    kit.report(`your test ${good ? what : `does not: ${name}: the test ${verdict}`}`);
  }
}
