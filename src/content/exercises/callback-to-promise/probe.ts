// The check's own use of the learner's lookup, with keys picked at random for each run: a lookup
// that must wait for the library's callback (200 ms), a value, and an error that must reject the
// promise. It times the settle on a clock the program cannot change, watches it through the kit
// (so a replaced Promise.prototype.then or Promise.allSettled changes nothing), and reports on the
// runtime's own channel.
import type { Outcome, ProbeKit } from "../../../exercises/probe-kit.ts";

interface Program {
  lookup?: (key: string) => Promise<string>;
}

export default async function probe({ lookup }: Program, kit: ProbeKit): Promise<void> {
  if (typeof lookup !== "function") return kit.report("there is no function named lookup");
  const w0 = kit.words[0] ?? "";
  const w1 = kit.words[1] ?? "";
  const shown = (value: unknown) => (typeof value === "string" ? value : "something that is not a string");
  const describe = (outcome: Outcome<string>) =>
    outcome.fulfilled
      ? `fulfilled with "${shown(outcome.value)}"`
      : `rejected with ${kit.isError(outcome.reason) ? `Error "${shown(outcome.reason.message)}"` : "something that is not an Error"}`;
  const startedAt = kit.now();
  let settledAt: number | undefined;
  const pending = kit.settle(lookup(w0), (outcome) => (settledAt = outcome.atMs));
  await kit.sleep(50);
  // 50 ms in, the library has not called back yet (it takes 200 ms), so the promise must still wait.
  kit.report(
    settledAt === undefined ? "lookup waited for the callback" : "lookup settled before the callback",
  );
  const first = await pending;
  kit.report(`lookup ${describe(first)}`);
  const tookMs = (settledAt ?? kit.now()) - startedAt;
  kit.report(
    tookMs < 190 || tookMs > 1500
      ? `lookup took ${kit.round(tookMs)} ms`
      : "lookup settled when the callback came",
  );
  const second = kit.settle(lookup(w1));
  const third = kit.settle(lookup(""));
  kit.report(`two lookups ended ${describe(await second)} and ${describe(await third)}`);
}
