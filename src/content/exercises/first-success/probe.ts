// The check's own attempts, handed to the learner's firstSuccess, with answers picked at random for
// each run: one fails at once, one succeeds after 200 ms, one would take 1.5 s and must be aborted
// through the signal it was handed, within 100 ms of the success; then two that both fail. The
// attempts time themselves on a clock the program cannot change and report on the runtime's own
// channel.
import type { ProbeKit } from "../../../exercises/probe-kit.ts";

type Attempt<T> = (signal: AbortSignal) => Promise<T>;
interface Program {
  firstSuccess?: <T>(attempts: readonly Attempt<T>[]) => Promise<T>;
}

export default async function probe({ firstSuccess }: Program, kit: ProbeKit): Promise<void> {
  if (typeof firstSuccess !== "function") return kit.report("there is no function named firstSuccess");
  const [w0 = "", w1 = "", w2 = ""] = kit.words;
  let wonAt: number | undefined;
  let slowAbortedAt: number | undefined;
  const failing =
    (word: string): Attempt<string> =>
    () =>
      Promise.reject(new Error(`${word} failed`));
  const winner: Attempt<string> = () =>
    kit.sleep(200).then(() => {
      wonAt = kit.now();
      return w2;
    });
  const slow: Attempt<string> = (signal) =>
    new Promise<string>((resolve, reject) => {
      void kit.sleep(1500).then(() => resolve(w1));
      if (!(signal instanceof AbortSignal)) return;
      signal.addEventListener("abort", () => {
        slowAbortedAt = kit.now();
        reject(new Error("aborted"));
      });
    });
  try {
    const value = await firstSuccess([failing(w0), slow, winner]);
    const settledAt = kit.now();
    kit.report(`the first success was ${value}`);
    const late = wonAt === undefined ? undefined : settledAt - wonAt;
    kit.report(
      late !== undefined && late <= 100
        ? "it settled as soon as the first attempt succeeded"
        : "it settled long after the first success",
    );
    // Give an abort that is on its way a moment to land, then judge it.
    await kit.sleep(120);
    const abortedAfter =
      wonAt === undefined || slowAbortedAt === undefined ? undefined : slowAbortedAt - wonAt;
    kit.report(
      abortedAfter === undefined
        ? "the slow attempt's signal was never aborted"
        : abortedAfter <= 100
          ? "the slow attempt was aborted as soon as the first attempt succeeded"
          : `the slow attempt was aborted ${Math.round(abortedAfter)} ms after the first success`,
    );
  } catch (error) {
    kit.report(
      `it rejected though one attempt succeeded: ${error instanceof Error ? error.message : "not an Error"}`,
    );
  }
  try {
    const value = await firstSuccess([failing(w0), failing(w1)]);
    kit.report(`when all fail, it resolved with ${value}`);
  } catch (error) {
    const what =
      error instanceof AggregateError ? `an AggregateError of ${error.errors.length}` : "something else";
    kit.report(`when all fail, it rejects with ${what}`);
  }
}
