import { describe, expect, it } from "vitest";
import type { TimelineEvent } from "../timeline/events.ts";
import { buildTimeline } from "../timeline/model.ts";
import { ExerciseCheckSchema } from "./check-schema.ts";
import { checkRun, type RunSummary } from "./check.ts";

function requests(
  starts: readonly number[],
  lengthMs: number,
  outcome: "ok" | "cancelled" = "ok",
): TimelineEvent[] {
  return starts.flatMap((start, index) => [
    { type: "span-start", id: `r${index}-${start}`, kind: "request", label: "GET /delay", atMs: start },
    { type: "span-end", id: `r${index}-${start}`, atMs: start + lengthMs, outcome },
  ]);
}

function run(events: TimelineEvent[], durationMs: number, stdout = "", exitCode = 0): RunSummary {
  return { stdout, exitCode, durationMs, timeline: buildTimeline(events, durationMs) };
}

const fiveAtOnce = ExerciseCheckSchema.parse({
  totalSeconds: { max: 1.6 },
  requestCount: { min: 5, max: 5 },
  requestsAtOnce: { min: 5 },
  outputIncludes: ["done"],
});

describe("checkRun", () => {
  it("passes five overlapping requests that finish in about a second", () => {
    const result = checkRun(fiveAtOnce, run(requests([0, 1, 2, 3, 4], 1000), 1010, "a\ndone\n"));
    expect(result.findings.filter((finding) => !finding.passed)).toEqual([]);
    expect(result.passed).toBe(true);
  });

  it("fails the same requests made one after another, saying why in both languages", () => {
    const result = checkRun(fiveAtOnce, run(requests([0, 1000, 2000, 3000, 4000], 1000), 5010, "done\n"));
    expect(result.passed).toBe(false);
    const failed = result.findings.filter((finding) => !finding.passed);
    expect(failed.map((finding) => finding.rule)).toEqual(["totalSeconds", "requestsAtOnce"]);
    expect(failed[1]?.message.en).toBe("Requests in flight at once: 1 (needs at least 5)");
    expect(failed[1]?.message["zh-cn"]).toBe("同时进行的请求数：1（至少 5）");
  });

  it("fails a run that crashed, and output lines that are missing or out of order", () => {
    const check = ExerciseCheckSchema.parse({ outputIncludes: ["first", "second"] });
    expect(checkRun(check, run([], 10, "first\nsecond\n", 1)).findings[0]?.passed).toBe(false);
    expect(checkRun(check, run([], 10, "second\nfirst\n")).passed).toBe(false);
    expect(checkRun(check, run([], 10, "first\nnoise\nsecond\n")).passed).toBe(true);
  });

  it("counts cancelled and succeeded requests", () => {
    const check = ExerciseCheckSchema.parse({
      cancelledRequests: { min: 1, max: 1 },
      succeededRequests: { min: 2 },
    });
    const events = [...requests([0, 0], 100), ...requests([5], 500, "cancelled")];
    expect(checkRun(check, run(events, 600)).passed).toBe(true);
    expect(checkRun(check, run(requests([0, 0, 0], 100), 600)).passed).toBe(false);
  });

  it("rejects a range with neither end", () => {
    expect(() => ExerciseCheckSchema.parse({ totalSeconds: {} })).toThrow("Give min, max or both.");
  });
});
