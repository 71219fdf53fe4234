/**
 * The verdict's words: every kind of finding is worded in every locale, as sentences a learner
 * reads, naming rows as the timeline labels them and never by the check's regular expression.
 */
import { describe, expect, it } from "vitest";
import { checkRun } from "../../exercises/check.ts";
import { readAllExercises } from "../../exercises/exercise-files.node.ts";
import type { SpanSelector } from "../../exercises/check-schema.ts";
import type { FindingKey, FindingMessage } from "../../exercises/finding.ts";
import { readableLabel } from "../../exercises/readable-label.ts";
import { buildTimeline } from "../../timeline/model.ts";
import { localeCodes } from "../locales.ts";
import { wordFinding } from "./findings.ts";

const fiveRequests: SpanSelector = { kind: "request", label: "^GET /delay/1000\\?id=[1-5]$" };
const slowRequest: SpanSelector = { kind: "request", label: "^GET /delay/(200|300)$" };
const anyRequest: SpanSelector = { kind: "request", label: "^GET /delay/1000" };
const halfSecondTimer: SpanSelector = { kind: "timer", label: "^timer 500 ms$" };
const unreadable: SpanSelector = { kind: "request", label: "^GET /delay/\\d+$" };
const everyTimer: SpanSelector = { kind: "timer", label: "" };

/** Messages of every kind, the odd cases included; a new kind is a compile error until it has some. */
const samples: Record<FindingKey, FindingMessage[]> = {
  exitedCleanly: [{ key: "exitedCleanly", values: {} }],
  exitedWithError: [{ key: "exitedWithError", values: {} }],
  measure: [
    { key: "measure", values: { measure: "totalSeconds", value: 2.3456, unit: "s", range: { max: 2 } } },
    { key: "measure", values: { measure: "requestCount", value: 12, unit: "", range: { min: 6, max: 6 } } },
    { key: "measure", values: { measure: "requestsAtOnce", value: 1, unit: "", range: { min: 5 } } },
    { key: "measure", values: { measure: "cancelledRequests", value: 0, unit: "", range: { min: 1 } } },
    { key: "measure", values: { measure: "succeededRequests", value: 3, unit: "", range: { max: 0 } } },
  ],
  outputComplete: [{ key: "outputComplete", values: {} }],
  outputMissing: [{ key: "outputMissing", values: { line: "all 5 done" } }],
  spanCount: [
    { key: "spanCount", values: { rows: fiveRequests, count: 0, range: { min: 5, max: 5 } } },
    { key: "spanCount", values: { rows: everyTimer, count: 3, range: { max: 0 } } },
    { key: "spanCount", values: { rows: halfSecondTimer, count: 1, range: { min: 1, max: 1 } } },
    { key: "spanCount", values: { rows: unreadable, count: 2, range: { min: 1, max: 3 } } },
  ],
  spanOutcome: [
    {
      key: "spanOutcome",
      values: {
        rows: slowRequest,
        outcome: "ok",
        picked: 2,
        odd: { label: "GET /delay/300", outcome: "error" },
      },
    },
    { key: "spanOutcome", values: { rows: slowRequest, outcome: "cancelled", picked: 0, odd: undefined } },
    { key: "spanOutcome", values: { rows: slowRequest, outcome: "ok", picked: 2, odd: undefined } },
  ],
  spanDuration: [
    {
      key: "spanDuration",
      values: {
        rows: slowRequest,
        range: { min: 1600, max: 3000 },
        picked: 1,
        odd: { label: "GET /delay/300", tookMs: 5003 },
      },
    },
    { key: "spanDuration", values: { rows: slowRequest, range: { max: 800 }, picked: 0, odd: undefined } },
  ],
  printedNever: [{ key: "printedNever", values: { line: "all 5 done", rows: anyRequest } }],
  printedWithoutRows: [{ key: "printedWithoutRows", values: { line: "ready", rows: halfSecondTimer } }],
  printedEarly: [
    {
      key: "printedEarly",
      values: { line: "all 5 done", atMs: 3, last: { label: "GET /delay/1000?id=5", endMs: 1004 } },
    },
  ],
  printedAfter: [{ key: "printedAfter", values: { line: "ready", rows: halfSecondTimer } }],
  spanAlongside: [
    { key: "spanAlongside", values: { rows: anyRequest, alongside: 2, picked: 6, range: { min: 6 } } },
  ],
  printedLate: [{ key: "printedLate", values: { line: "6 done", lateByMs: 1200, withinMs: 300 } }],
  probeSawAll: [{ key: "probeSawAll", values: {} }],
  probeMissed: [
    { key: "probeMissed", values: { line: "GET /hello/x/more -> 404", seen: ["GET /hello/x/more -> 200"] } },
    { key: "probeMissed", values: { line: "settled", seen: [] } },
  ],
};

/** Text that only a regular expression would show: `/…/`, anchors, escapes, classes, groups. */
const patternText = /\/\^|\$\/|\\|\[[^\]]*\]|\([^)]*\|[^)]*\)|\^GET|\$$/;

describe.each(localeCodes)("findings in %s", (locale) => {
  const worded = Object.values(samples)
    .flat()
    .map((message) => [message.key, wordFinding(message, locale)] as const);

  it.each(worded)("%s is a sentence with no pattern text: %s", (_key, text) => {
    expect(text.trim()).not.toBe("");
    expect(text).not.toMatch(patternText);
    expect(text).not.toContain("undefined");
    expect(text).toMatch(locale === "en" ? /[.”]$/ : /[。”]$/);
  });

  it("names rows as the timeline labels them", () => {
    const [count] = samples.spanCount;
    expect(count && wordFinding(count, locale)).toContain("“GET /delay/1000?id=1–5”");
    const [, , timer] = samples.spanCount;
    expect(timer && wordFinding(timer, locale)).toContain("500 ms");
  });
});

describe("findings in English", () => {
  const word = (message: FindingMessage | undefined) => (message ? wordFinding(message, "en") : "");

  it("says what the check needs, then what the run did", () => {
    expect(word(samples.measure[2])).toBe(
      "At least 5 requests must be waiting at the same time; at the busiest moment 1 was.",
    );
    expect(word(samples.measure[1])).toBe("The run must make exactly 6 requests; it made 12.");
    expect(word(samples.spanCount[0])).toBe(
      "There must be exactly 5 requests “GET /delay/1000?id=1–5”; there were 0.",
    );
    expect(word(samples.spanCount[1])).toBe("There must be no timers; there were 3.");
    expect(word(samples.spanOutcome[0])).toBe(
      "Every request “GET /delay/200 or 300” must succeed; “GET /delay/300” failed.",
    );
    expect(word(samples.spanDuration[0])).toBe(
      "Every request “GET /delay/200 or 300” must last between 1.6 s and 3 s; “GET /delay/300” took 5.00 s.",
    );
    expect(word(samples.printedWithoutRows[0])).toBe(
      "“ready” must be printed after every timer of 500 ms has ended, but the run had no such timer.",
    );
  });

  it("names only the kind when a pattern cannot be read back", () => {
    expect(word(samples.spanCount[3])).toBe("There must be between 1 and 3 requests; there were 2.");
  });
});

describe("findings in Chinese", () => {
  it("says what the check needs, then what the run did", () => {
    const [, , atOnce] = samples.measure;
    expect(atOnce && wordFinding(atOnce, "zh-cn")).toBe("应有至少 5 个请求同时在等待；最忙的时候有 1 个。");
    const [count] = samples.spanCount;
    expect(count && wordFinding(count, "zh-cn")).toBe(
      "应有恰好 5 个请求“GET /delay/1000?id=1–5”；实际有 0 个。",
    );
  });
});

describe("every exercise's own findings", () => {
  // A run that did nothing: every rule of every check reports, most of them failing.
  const idle = { exitCode: 1, durationMs: 0, timeline: buildTimeline([], 0), reports: [] };
  const worded = readAllExercises().flatMap(({ id, meta }) =>
    checkRun(meta.check, idle, ["Ada-kqzt"]).findings.flatMap((finding) =>
      localeCodes.map((locale) => [id, locale, wordFinding(finding.message, locale)] as const),
    ),
  );

  it.each(worded)("%s in %s has no pattern text: %s", (_id, _locale, text) => {
    expect(text).not.toMatch(patternText);
  });
});

describe("every exercise's rows", () => {
  const selectors = readAllExercises().flatMap(({ id, meta }) => [
    ...meta.check.spans.map((rule) => [id, rule.label] as const),
    ...meta.check.printedAfter.map((rule) => [id, rule.after.label] as const),
  ]);

  it.each(selectors.filter(([, label]) => label !== ""))("%s: %s reads back as words", (_id, label) => {
    expect(readableLabel(label)).toBeDefined();
  });
});
