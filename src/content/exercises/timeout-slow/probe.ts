// The check calls the learner's fetchWithin itself, on requests of its own (marked ?probe): a quick
// one under a long limit, a slow one under a short limit (it must be aborted, really, at its limit,
// rejecting with a TimeoutError or AbortError), and a later quick one, which a signal shared with
// earlier calls would cut short. Times come from a clock the program cannot change.
import type { ProbeKit } from "../../../exercises/probe-kit.ts";

interface Program {
  fetchWithin?: (url: string, ms: number) => Promise<Response>;
}

const BASE = "http://localhost:8787";

export default async function probe({ fetchWithin }: Program, kit: ProbeKit): Promise<void> {
  if (typeof fetchWithin !== "function") return kit.report("there is no function named fetchWithin");
  const attempt = async (path: string, ms: number) => {
    const startedAt = kit.now();
    try {
      const response = await fetchWithin(`${BASE}${path}`, ms);
      await kit.text(response);
      return { status: kit.status(response), tookMs: kit.now() - startedAt };
    } catch (error) {
      const name = error instanceof Error ? error.name : "not an Error";
      return { error: name, tookMs: kit.now() - startedAt };
    }
  };
  const [quick, slow] = await Promise.all([
    attempt("/delay/100?probe", 1200),
    attempt("/delay/1500?probe", 400),
  ]);
  kit.report(
    quick.status === 200
      ? "a quick request was answered"
      : `a quick request under a 1200 ms limit ended with ${quick.error ?? quick.status}`,
  );
  const named = slow.error === "TimeoutError" || slow.error === "AbortError";
  kit.report(
    named && slow.tookMs >= 350 && slow.tookMs <= 1100
      ? "a slow request was aborted at its limit"
      : slow.error === undefined
        ? "a slow request under a 400 ms limit was answered instead"
        : `a slow request under a 400 ms limit ended with ${slow.error} after ${Math.round(slow.tookMs)} ms`,
  );
  const later = await attempt("/delay/300?probe", 1000);
  kit.report(
    later.status === 200
      ? "a request started later still gets its own limit"
      : `a request started later ended with ${later.error ?? later.status}`,
  );
}
