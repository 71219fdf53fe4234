// The check calls the learner's readyAfter with delays of its own, worked out from words picked for
// each run, and watches on a clock the program cannot change when each promise settles: not before
// its time, and within 150 ms after it; two at once must each keep their own time. Settles are
// watched through the kit, so a replaced Promise.prototype.then or Object.assign changes nothing.
import type { ProbeKit } from "../../../exercises/probe-kit.ts";

interface Program {
  readyAfter?: (ms: number) => Promise<string>;
}

/** A delay from 150 to 399 ms that only this run's word gives. */
function delayFrom(word: string, kit: ProbeKit): number {
  let sum = 0;
  for (let index = 0; index < word.length; index += 1) sum += kit.charCode(word, index);
  return 150 + (sum % 250);
}

export default async function probe({ readyAfter }: Program, kit: ProbeKit): Promise<void> {
  if (typeof readyAfter !== "function") return kit.report("there is no function named readyAfter");
  const long = delayFrom(kit.words[0] ?? "", kit) + 250;
  const short = delayFrom(kit.words[1] ?? "", kit);
  const timed = (name: string, ms: number) => {
    const startedAt = kit.now();
    const promise = readyAfter(ms);
    const isPromise = kit.isPromise(promise);
    const seen = { settled: false, atMs: -1, fulfilled: false, ready: false };
    if (isPromise)
      void kit.settle(promise, (outcome) => {
        seen.settled = true;
        seen.atMs = outcome.atMs;
        seen.fulfilled = outcome.fulfilled;
        seen.ready = outcome.fulfilled && outcome.value === "ready";
      });
    return { name, ms, startedAt, seen, isPromise };
  };
  const longer = timed("the longer call", long);
  const shorter = timed("the shorter call", short);
  const calls = [longer, shorter];
  await kit.sleep(short - 60);
  // A promise settled at this look is early only if the look came before its time: on a busy
  // machine the look itself can come late, when a right answer's promise has rightly settled.
  const lookedAt = kit.now();
  let early = false;
  for (let index = 0; index < calls.length; index += 1) {
    const call = calls[index];
    if (call !== undefined && call.seen.settled && lookedAt - call.startedAt < call.ms - 5) early = true;
  }
  await kit.sleep(long + 150 - (short - 60));
  for (let index = 0; index < calls.length; index += 1) {
    const call = calls[index];
    if (call === undefined) continue;
    const { name, ms, startedAt, seen, isPromise } = call;
    const what = `${name}, readyAfter(${ms}),`;
    if (!isPromise) kit.report(`${what} did not return a promise`);
    else if (!seen.settled) kit.report(`${what} had not settled ${ms + 150} ms later`);
    else if (!seen.fulfilled) kit.report(`${what} was rejected`);
    else if (!seen.ready) kit.report(`${what} was fulfilled with something other than "ready"`);
    else if (seen.atMs - startedAt < ms - 5) {
      early = true;
      kit.report(`${what} was fulfilled after ${kit.round(seen.atMs - startedAt)} ms, too soon`);
    } else kit.report(`${name} was fulfilled with "ready" on time`);
  }
  kit.report(early ? "a promise settled before its time" : "neither promise settled before its time");
}
