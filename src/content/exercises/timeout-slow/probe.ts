// The check calls the learner's fetchWithin itself, on requests of its own (marked ?probe): a quick
// one under a long limit, a slow one under a short limit (it must be aborted, really, at its limit,
// rejecting with a TimeoutError or AbortError), and a later quick one, which a signal shared with
// earlier calls would cut short. Times come from a clock the program cannot change, and settles
// and bodies are watched through the kit (never Promise.all or a response's own methods).
import type { ProbeKit } from "../../../exercises/probe-kit.ts";

interface Program {
  fetchWithin?: (url: string, ms: number) => Promise<Response>;
}

const BASE = "http://localhost:8787";

export default async function probe({ fetchWithin }: Program, kit: ProbeKit): Promise<void> {
  if (typeof fetchWithin !== "function") return kit.report("there is no function named fetchWithin");
  /** How one call ended: "200" (its status, body read), or the name of what it threw. */
  const attempt = async (path: string, ms: number): Promise<{ ended: string; tookMs: number }> => {
    const startedAt = kit.now();
    const answered = await kit.settle(fetchWithin(`${BASE}${path}`, ms));
    let ended = "not an Error";
    if (answered.fulfilled) {
      const read = await kit.settle(kit.text(answered.value));
      ended = read.fulfilled ? `${kit.status(answered.value)}` : "an unreadable body";
    } else if (kit.isError(answered.reason)) ended = answered.reason.name;
    return kit.bare({ ended, tookMs: kit.now() - startedAt });
  };
  const quickCall = kit.settle(attempt("/delay/100?probe", 1200));
  const slow = await attempt("/delay/1500?probe", 400);
  const quick = await quickCall;
  const quickEnded = quick.fulfilled ? quick.value.ended : "an error in the check";
  kit.report(
    quickEnded === "200"
      ? "a quick request was answered"
      : `a quick request under a 1200 ms limit ended with ${quickEnded}`,
  );
  const named = slow.ended === "TimeoutError" || slow.ended === "AbortError";
  kit.report(
    named && slow.tookMs >= 350 && slow.tookMs <= 1100
      ? "a slow request was aborted at its limit"
      : slow.ended === "200"
        ? "a slow request under a 400 ms limit was answered instead"
        : `a slow request under a 400 ms limit ended with ${slow.ended} after ${kit.round(slow.tookMs)} ms`,
  );
  const later = await attempt("/delay/300?probe", 1000);
  kit.report(
    later.ended === "200"
      ? "a request started later still gets its own limit"
      : `a request started later ended with ${later.ended}`,
  );
}
