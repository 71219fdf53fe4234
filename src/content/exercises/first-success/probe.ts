// The check's own attempts, handed to the learner's firstSuccess, with answers picked at random for
// each run: one fails at once, one succeeds after 200 ms, one would take 1.5 s and must be aborted
// through the signal it was handed, within 100 ms of the success; then two that both fail. The
// attempts time themselves on a clock the program cannot change, listen to the signal with the
// real addEventListener, and report on the runtime's own channel.
import type { ProbeKit } from "../../../exercises/probe-kit.ts";

type Attempt<T> = (signal: AbortSignal) => Promise<T>;
interface Program {
  firstSuccess?: <T>(attempts: readonly Attempt<T>[]) => Promise<T>;
}

export default async function probe({ firstSuccess }: Program, kit: ProbeKit): Promise<void> {
  if (typeof firstSuccess !== "function") return kit.report("there is no function named firstSuccess");
  const w0 = kit.words[0] ?? "";
  const w1 = kit.words[1] ?? "";
  const w2 = kit.words[2] ?? "";
  let wonAt: number | undefined;
  let slowAbortedAt: number | undefined;
  const failing =
    (word: string): Attempt<string> =>
    () =>
      kit.promise((_resolve, reject) => reject(kit.error(`${word} failed`)));
  const winner: Attempt<string> = () =>
    kit.promise((resolve) =>
      kit.after(200, () => {
        wonAt = kit.now();
        resolve(w2);
      }),
    );
  const slow: Attempt<string> = (signal) =>
    kit.promise<string>((resolve, reject) => {
      kit.after(1500, () => resolve(w1));
      kit.onAbort(signal, () => {
        slowAbortedAt = kit.now();
        reject(kit.error("aborted"));
      });
    });
  const won = await kit.settle(firstSuccess([failing(w0), slow, winner]));
  if (won.fulfilled) {
    kit.report(`the first success was ${typeof won.value === "string" ? won.value : "not a word"}`);
    const late = wonAt === undefined ? undefined : won.atMs - wonAt;
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
          : `the slow attempt was aborted ${kit.round(abortedAfter)} ms after the first success`,
    );
  } else {
    const why = won.reason;
    kit.report(
      `it rejected though one attempt succeeded: ${kit.isError(why) ? why.message : "not an Error"}`,
    );
  }
  const lost = await kit.settle(firstSuccess([failing(w0), failing(w1)]));
  if (lost.fulfilled) {
    kit.report(
      `when all fail, it resolved with ${typeof lost.value === "string" ? lost.value : "something"}`,
    );
  } else {
    kit.report(`when all fail, it rejects with ${aggregateOf(lost.reason, kit)}`);
  }
}

/** "an AggregateError of N" for an error named AggregateError with a list of errors. */
function aggregateOf(error: unknown, kit: ProbeKit): string {
  if (!kit.isError(error) || error.name !== "AggregateError") return "something else";
  const errors = (error as { errors?: unknown }).errors;
  return kit.isList(errors) ? `an AggregateError of ${errors.length}` : "something else";
}
