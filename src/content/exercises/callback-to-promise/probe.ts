// The check's own use of the learner's lookup, with keys picked at random for each run: a lookup
// that must wait for the library's callback (200 ms), a value, and an error that must reject the
// promise. It times the settle on a clock the program cannot change, and reports on the runtime's
// own channel.
import type { ProbeKit } from "../../../exercises/probe-kit.ts";

interface Program {
  lookup?: (key: string) => Promise<string>;
}

const describe = (outcome: PromiseSettledResult<string>) =>
  outcome.status === "fulfilled"
    ? `fulfilled with "${outcome.value}"`
    : `rejected with ${outcome.reason instanceof Error ? `Error "${outcome.reason.message}"` : "something that is not an Error"}`;

export default async function probe({ lookup }: Program, kit: ProbeKit): Promise<void> {
  if (typeof lookup !== "function") return kit.report("there is no function named lookup");
  const [w0 = "", w1 = ""] = kit.words;
  const startedAt = kit.now();
  const seen: { settledAt?: number } = {};
  const pending = lookup(w0);
  void pending.then(
    () => (seen.settledAt = kit.now()),
    () => (seen.settledAt = kit.now()),
  );
  await kit.sleep(50);
  // 50 ms in, the library has not called back yet (it takes 200 ms), so the promise must still wait.
  kit.report(
    seen.settledAt === undefined ? "lookup waited for the callback" : "lookup settled before the callback",
  );
  const [first] = await Promise.allSettled([pending]);
  kit.report(`lookup ${describe(first)}`);
  const tookMs = (seen.settledAt ?? kit.now()) - startedAt;
  kit.report(
    tookMs < 190 || tookMs > 1500
      ? `lookup took ${Math.round(tookMs)} ms`
      : "lookup settled when the callback came",
  );
  const both = await Promise.allSettled([lookup(w1), lookup("")]);
  kit.report(`two lookups ended ${both.map(describe).join(" and ")}`);
}
