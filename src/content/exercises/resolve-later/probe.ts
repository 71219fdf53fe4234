// The check calls the learner's readyAfter with delays of its own, worked out from words picked for
// each run, and watches on a clock the program cannot change when each promise settles: not before
// its time, and within 150 ms after it; two at once must each keep their own time.
import type { ProbeKit } from "../../../exercises/probe-kit.ts";

interface Program {
  readyAfter?: (ms: number) => Promise<string>;
}

/** A delay from 150 to 399 ms that only this run's word gives. */
function delayFrom(word: string): number {
  let sum = 0;
  for (const letter of word) sum += letter.codePointAt(0) ?? 0;
  return 150 + (sum % 250);
}

export default async function probe({ readyAfter }: Program, kit: ProbeKit): Promise<void> {
  if (typeof readyAfter !== "function") return kit.report("there is no function named readyAfter");
  const [w0 = "", w1 = ""] = kit.words;
  const long = delayFrom(w0) + 250;
  const short = delayFrom(w1);
  const timed = (ms: number) => {
    const startedAt = kit.now();
    const seen: { at?: number; value?: unknown; failed?: boolean } = {};
    const promise = readyAfter(ms);
    if (!(promise instanceof Promise)) return { ms, startedAt, seen, isPromise: false };
    promise.then(
      (value) => Object.assign(seen, { at: kit.now(), value }),
      () => Object.assign(seen, { at: kit.now(), failed: true }),
    );
    return { ms, startedAt, seen, isPromise: true };
  };
  const calls = [
    { name: "the longer call", ...timed(long) },
    { name: "the shorter call", ...timed(short) },
  ];
  await kit.sleep(short - 60);
  const early = calls.some((call) => call.seen.at !== undefined);
  await kit.sleep(long + 150 - (short - 60));
  for (const { name, ms, startedAt, seen, isPromise } of calls) {
    const what = `${name}, readyAfter(${ms}),`;
    if (!isPromise) kit.report(`${what} did not return a promise`);
    else if (seen.at === undefined) kit.report(`${what} had not settled ${ms + 150} ms later`);
    else if (seen.failed === true) kit.report(`${what} was rejected`);
    else if (seen.value !== "ready") kit.report(`${what} was fulfilled with something other than "ready"`);
    else if (seen.at - startedAt < ms - 5)
      kit.report(`${what} was fulfilled after ${Math.round(seen.at - startedAt)} ms, too soon`);
    else kit.report(`${name} was fulfilled with "ready" on time`);
  }
  kit.report(early ? "a promise settled before its time" : "neither promise settled before its time");
}
