// The check runs the learner's stopGracefully on tasks of its own: one that ends in time, one that
// ends only when cancelled (and then takes 50 ms to clean up, and rejects as an aborted fetch
// does), and a pair that both end quickly under a long grace period. The tasks time themselves on
// a clock the program cannot change, and the verdicts go out on the runtime's own channel.
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
    const cancel = new AbortController();
    const seen: { abortedAtMs?: number; endedAtMs?: number } = {};
    const done = new Promise<void>((resolve, reject) => {
      if (endMs !== null) void kit.sleep(endMs).then(() => ((seen.endedAtMs ??= now()), resolve()));
      cancel.signal.addEventListener("abort", () => {
        seen.abortedAtMs = now();
        if (seen.endedAtMs !== undefined) return;
        void kit.sleep(50).then(() => ((seen.endedAtMs = now()), reject(cancel.signal.reason as Error)));
      });
    });
    return { task: { done, cancel }, seen };
  }

  /** How `promise` settles, and when; "too slow" when it has not within `limitMs`. */
  async function settle(promise: Promise<void>, limitMs: number) {
    const stop = new AbortController();
    const tooSlow = kit.sleep(limitMs, stop.signal).then(() => "too slow");
    const outcome = await Promise.race([
      promise.then(
        () => "resolved",
        () => "rejected",
      ),
      tooSlow,
    ]);
    stop.abort();
    return { outcome, atMs: now() };
  }

  const say = (passed: boolean, what: string, why: string) =>
    kit.report(passed ? `stopGracefully ${what}` : `stopGracefully does not: ${why}`);

  const quick = probeTask(100);
  const stuck = probeTask(null);
  const stopped = await settle(stopGracefully([quick.task, stuck.task], 400), 3000);
  const quickLeftAlone = quick.seen.abortedAtMs === undefined || quick.seen.abortedAtMs >= 100;
  say(
    quickLeftAlone,
    "leaves a task that ends in time to finish",
    "a task that would end in time was cancelled",
  );
  const abortedAt = stuck.seen.abortedAtMs;
  say(
    abortedAt !== undefined && abortedAt >= 350 && abortedAt <= 900,
    "cancels a stuck task when the grace period is over",
    abortedAt === undefined
      ? "a stuck task was never cancelled"
      : `a stuck task was cancelled ${Math.round(abortedAt)} ms in, with a grace period of 400 ms`,
  );
  const endedAt = stuck.seen.endedAtMs;
  say(
    stopped.outcome === "resolved" && endedAt !== undefined && stopped.atMs >= endedAt,
    "waits until every task has ended",
    stopped.outcome === "resolved"
      ? "it returned while a task was still cleaning up"
      : stopped.outcome === "rejected"
        ? "it rejected when a cancelled task did"
        : "it had not returned 3 s later",
  );

  const pairStart = now();
  const pair = [probeTask(100), probeTask(150)];
  const pairStopped = await settle(
    stopGracefully(
      pair.map(({ task }) => task),
      2000,
    ),
    3000,
  );
  const pairMs = pairStopped.atMs - pairStart;
  say(
    pairMs < 800,
    "returns as soon as every task has ended",
    `two tasks ended by 150 ms, yet it returned after ${Math.round(pairMs)} ms (grace 2000 ms)`,
  );
}
