// The check runs the learner's stopGracefully on tasks of its own: one that ends in time, one that
// ends only when cancelled (and then takes 50 ms to clean up, and rejects as an aborted fetch
// does), and a pair that both end quickly under a long grace period. The tasks time themselves on
// a clock the program cannot change (with the real AbortController and addEventListener, and
// timers raced through the kit, never Promise.race), and the verdicts go out on the runtime's own
// channel.
import type { ProbeKit } from "../../../exercises/probe-kit.ts";

interface Task {
  done: Promise<void>;
  cancel: AbortController;
}
interface Program {
  stopGracefully?: (tasks: readonly Task[], graceMs: number) => Promise<void>;
}

export default async function probe({ stopGracefully }: Program, kit: ProbeKit): Promise<void> {
  if (typeof stopGracefully !== "function") return kit.report("there is no function named stopGracefully");
  const probeStart = kit.now();
  const now = () => kit.now() - probeStart;

  /** A task that ends after `endMs` (never, when null) or, once cancelled, 50 ms after the abort. */
  function probeTask(endMs: number | null) {
    const cancel = kit.controller();
    const signal = kit.signalOf(cancel);
    const seen = { abortedAtMs: -1, endedAtMs: -1 };
    const done = kit.promise<undefined>((resolve, reject) => {
      if (endMs !== null)
        kit.after(endMs, () => {
          if (seen.endedAtMs < 0) seen.endedAtMs = now();
          resolve(undefined);
        });
      kit.onAbort(signal, () => {
        seen.abortedAtMs = now();
        if (seen.endedAtMs >= 0) return;
        kit.after(50, () => {
          seen.endedAtMs = now();
          reject(kit.reasonOf(signal));
        });
      });
    });
    return { task: { done, cancel }, seen };
  }

  /** How `promise` settles: "resolved", "rejected", or "too slow" within `limitMs`. */
  async function settle(promise: Promise<void>, limitMs: number): Promise<string> {
    const limit = kit.timer(limitMs);
    let result = "too slow";
    void kit.settle(promise, (outcome) => {
      result = outcome.fulfilled ? "resolved" : "rejected";
      limit.cancel();
    });
    await limit.done;
    return result;
  }

  const say = (passed: boolean, what: string, why: string) =>
    kit.report(passed ? `stopGracefully ${what}` : `stopGracefully does not: ${why}`);

  const quick = probeTask(100);
  const stuck = probeTask(null);
  const outcome = await settle(stopGracefully([quick.task, stuck.task], 400), 3000);
  const stoppedAtMs = now();
  const quickAbortedAt = quick.seen.abortedAtMs;
  say(
    quickAbortedAt < 0 || quickAbortedAt >= 100,
    "leaves a task that ends in time to finish",
    "a task that would end in time was cancelled",
  );
  const abortedAt = stuck.seen.abortedAtMs;
  say(
    abortedAt >= 350 && abortedAt <= 900,
    "cancels a stuck task when the grace period is over",
    abortedAt < 0
      ? "a stuck task was never cancelled"
      : `a stuck task was cancelled ${kit.round(abortedAt)} ms in, with a grace period of 400 ms`,
  );
  const endedAt = stuck.seen.endedAtMs;
  say(
    outcome === "resolved" && endedAt >= 0 && stoppedAtMs >= endedAt,
    "waits until every task has ended",
    outcome === "resolved"
      ? "it returned while a task was still cleaning up"
      : outcome === "rejected"
        ? "it rejected when a cancelled task did"
        : "it had not returned 3 s later",
  );

  const pairStart = now();
  const first = probeTask(100);
  const second = probeTask(150);
  await settle(stopGracefully([first.task, second.task], 2000), 3000);
  const pairMs = now() - pairStart;
  say(
    pairMs < 800,
    "returns as soon as every task has ended",
    `two tasks ended by 150 ms, yet it returned after ${kit.round(pairMs)} ms (grace 2000 ms)`,
  );
}
