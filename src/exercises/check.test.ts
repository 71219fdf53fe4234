import { describe, expect, it } from "vitest";
import type { TimelineEvent } from "../timeline/events.ts";
import { wordFinding } from "../i18n/text/findings.ts";
import { buildTimeline } from "../timeline/model.ts";
import { ExerciseCheckSchema } from "./check-schema.ts";
import { checkRun, type RunSummary } from "./check.ts";

function requests(
  starts: readonly number[],
  lengthMs: number,
  outcome: "ok" | "cancelled" = "ok",
  label = "GET /delay/1000",
): TimelineEvent[] {
  return starts.flatMap((start, index) => [
    { type: "span-start", id: `r${index}-${start}`, kind: "request", label, atMs: start },
    { type: "span-end", id: `r${index}-${start}`, atMs: start + lengthMs, outcome },
  ]);
}

function printed(atMs: number, ...lines: string[]): TimelineEvent[] {
  return lines.map((text) => ({ type: "output", stream: "stdout", text, atMs }));
}

function run(events: TimelineEvent[], durationMs: number, exitCode = 0, reports: string[] = []): RunSummary {
  return { exitCode, durationMs, timeline: buildTimeline(events, durationMs), reports };
}

const failedRules = (result: ReturnType<typeof checkRun>) =>
  result.findings.filter((finding) => !finding.passed).map((finding) => finding.rule);

const fiveAtOnce = ExerciseCheckSchema.parse({
  totalSeconds: { max: 1.6 },
  requestCount: { min: 5, max: 5 },
  requestsAtOnce: { min: 5 },
  printedAfter: [{ line: "done", after: { kind: "request" } }],
  outputIncludes: ["done"],
});

describe("checkRun", () => {
  it("passes five overlapping requests that finish in about a second", () => {
    const result = checkRun(
      fiveAtOnce,
      run([...requests([0, 1, 2, 3, 4], 1000), ...printed(1005, "a", "done")], 1010),
    );
    expect(failedRules(result)).toEqual([]);
    expect(result.passed).toBe(true);
  });

  it("fails the same requests made one after another, saying why in both languages", () => {
    const events = [...requests([0, 1000, 2000, 3000, 4000], 1000), ...printed(5005, "done")];
    const result = checkRun(fiveAtOnce, run(events, 5010));
    expect(failedRules(result)).toEqual(["totalSeconds", "requestsAtOnce"]);
    const failed = result.findings.filter((finding) => !finding.passed);
    const message = failed[1]?.message;
    expect(message && wordFinding(message, "en")).toBe(
      "At least 5 requests must be waiting at the same time; at the busiest moment 1 was.",
    );
    expect(message && wordFinding(message, "zh-cn")).toBe("应有至少 5 个请求同时在等待；最忙的时候有 1 个。");
  });

  it("fails a line printed before the requests it waits for have ended", () => {
    const result = checkRun(
      fiveAtOnce,
      run([...requests([0, 1, 2, 3, 4], 1000), ...printed(3, "done")], 1010),
    );
    expect(failedRules(result)).toEqual(["printedAfter"]);
    const printedAfter = result.findings.find((finding) => finding.rule === "printedAfter")?.message;
    expect(printedAfter && wordFinding(printedAfter, "en")).toBe(
      "“done” was printed at 0.00 s, before GET /delay/1000 ended at 1.00 s: wait for it first.",
    );
  });

  it("fails a run that crashed, and output lines that are missing or out of order", () => {
    const check = ExerciseCheckSchema.parse({ outputIncludes: ["first", "second"] });
    expect(checkRun(check, run(printed(0, "first", "second"), 10, 1)).findings[0]?.passed).toBe(false);
    expect(checkRun(check, run(printed(0, "second", "first"), 10)).passed).toBe(false);
    expect(checkRun(check, run(printed(0, "first", "noise", "second"), 10)).passed).toBe(true);
  });

  it("ignores lines printed to stderr", () => {
    const check = ExerciseCheckSchema.parse({ outputIncludes: ["ready"] });
    const events: TimelineEvent[] = [{ type: "output", stream: "stderr", text: "ready", atMs: 0 }];
    expect(checkRun(check, run(events, 10)).passed).toBe(false);
  });

  it("fills the run's words into expected lines", () => {
    const check = ExerciseCheckSchema.parse({ words: 2, outputIncludes: ["hello, {{0}} and {{1}}"] });
    const events = printed(0, "hello, Zoë-abcd0 and Ada-efgh1");
    expect(checkRun(check, run(events, 10), ["Zoë-abcd0", "Ada-efgh1"]).passed).toBe(true);
    expect(checkRun(check, run(events, 10), ["Zoë-wxyz0", "Ada-efgh1"]).passed).toBe(false);
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

  const slowCancelled = ExerciseCheckSchema.parse({
    spans: [
      {
        kind: "request",
        label: "^GET /delay/3000$",
        count: { min: 1, max: 1 },
        outcome: "cancelled",
        durationMs: { min: 800, max: 1600 },
      },
    ],
  });
  it.each([
    ["cancelled after a second", requests([0], 1000, "cancelled", "GET /delay/3000"), []],
    [
      "never made",
      requests([0], 200, "ok", "GET /delay/200"),
      ["spans.count", "spans.outcome", "spans.durationMs"],
    ],
    [
      "answered, not cancelled",
      requests([0], 3000, "ok", "GET /delay/3000"),
      ["spans.outcome", "spans.durationMs"],
    ],
    ["cancelled too late", requests([0], 2500, "cancelled", "GET /delay/3000"), ["spans.durationMs"]],
  ] as const)("span rules: a slow request %s", (_, events, failing) => {
    expect(failedRules(checkRun(slowCancelled, run([...events], 3000)))).toEqual(failing);
  });

  it("spans.alongside: waves of two pass, a first pair and then one by one fails", () => {
    const check = ExerciseCheckSchema.parse({ spans: [{ kind: "request", alongside: { min: 4 } }] });
    const rows = (starts: number[]): TimelineEvent[] =>
      starts.flatMap((at, index) => [
        { type: "span-start", id: `r${index}`, kind: "request", label: "GET /x", atMs: at } as const,
        { type: "span-end", id: `r${index}`, atMs: at + 300, outcome: "ok" } as const,
      ]);
    expect(failedRules(checkRun(check, run(rows([0, 0, 300, 300]), 700)))).toEqual([]);
    expect(failedRules(checkRun(check, run(rows([0, 0, 300, 600]), 1000)))).toEqual(["spans.alongside"]);
  });

  it("printedAfter with withinMs: a line that waits on a timer of its own past the rows fails", () => {
    const check = ExerciseCheckSchema.parse({
      printedAfter: [{ line: "done", after: { kind: "request" }, withinMs: 100 }],
    });
    const request = (printedAtMs: number): TimelineEvent[] => [
      { type: "span-start", id: "r", kind: "request", label: "GET /delay/1000", atMs: 0 },
      { type: "span-end", id: "r", atMs: 1000, outcome: "ok" },
      { type: "output", stream: "stdout", text: "done", atMs: printedAtMs },
    ];
    expect(failedRules(checkRun(check, run(request(1020), 1100)))).toEqual([]);
    const late = checkRun(check, run(request(1200), 1300));
    expect(late.findings[1]?.message).toEqual({
      key: "printedLate",
      values: { line: "done", lateByMs: 200, withinMs: 100 },
    });
  });

  const reporting = ExerciseCheckSchema.parse({
    exitsCleanly: false,
    reports: ["check: {{0}} ok", "check: last"],
  });
  it.each([
    ["every report, in order, others between", ["check: Ada-x ok", "noise", "check: last"], true],
    ["a report out of order", ["check: last", "check: Ada-x ok"], false],
    ["a report missing", ["check: Ada-x ok"], false],
  ] as const)("reports: %s", (_, reports, passes) => {
    const verdict = checkRun(reporting, run([], 10, 0, [...reports]), ["Ada-x"]);
    expect(verdict.passed).toBe(passes);
  });

  it("reads reports, never printed lines: a printed report does not count", () => {
    const printed: TimelineEvent[] = [{ type: "output", stream: "stdout", text: "check: last", atMs: 1 }];
    const verdict = checkRun(ExerciseCheckSchema.parse({ reports: ["check: last"] }), run(printed, 10));
    expect(verdict.findings.at(-1)?.message).toEqual({
      key: "probeMissed",
      values: { line: "check: last", seen: [] },
    });
  });

  it("rejects a range with neither end, and a pattern that is not a regular expression", () => {
    expect(() => ExerciseCheckSchema.parse({ totalSeconds: {} })).toThrow("Give min, max or both.");
    expect(() => ExerciseCheckSchema.parse({ spans: [{ kind: "timer", label: "(" }] })).toThrow(
      "Give a valid regular expression.",
    );
  });
});
