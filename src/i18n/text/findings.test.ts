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
import { reportInChinese } from "./probe-reports.ts";

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

describe("a probe's report lines in Chinese", () => {
  const words = ["Ada-kqzt", "Lin-abcd1", "Zoë-wxyz2", "Bo-aaaa3", "Cy-bbbb4", "Di-cccc5"];
  const withWords = (line: string) =>
    line.replace(/\{\{(\d)\}\}/g, (_all, index: string) => words[Number(index)] ?? "");
  // Every line a check needs, and one line of each kind a probe reports when a run falls short.
  const needed = readAllExercises().flatMap(({ meta }) =>
    [...meta.check.reports, ...(meta.python?.check?.reports ?? [])].map(withWords),
  );
  const shortfalls = [
    "there is no function named lookup",
    "there is no class named AsyncQueue",
    "there is no function named getJson, or no class named HttpError",
    "the program replaced Promise.prototype.then, which the check relies on",
    "lookup settled before the callback",
    "lookup took 57 ms",
    'lookup rejected with Error "empty key"',
    'two lookups ended fulfilled with "x" and rejected with something that is not an Error',
    "/fails -> the error escaped the middleware",
    "/hello/Ada -> the handler threw",
    "/fails -> 500 text/plain, x-check=abc, oops",
    "the first success was not a word",
    "it settled long after the first success",
    "the slow attempt's signal was never aborted",
    "the slow attempt was aborted 900 ms after the first success",
    "it rejected though one attempt succeeded: not an Error",
    "when all fail, it resolved with something",
    "when all fail, it rejects with something else",
    "stopGracefully does not: a task that would end in time was cancelled",
    "stopGracefully does not: a stuck task was never cancelled",
    "stopGracefully does not: a stuck task was cancelled 120 ms in, with a grace period of 400 ms",
    "stopGracefully does not: it returned while a task was still cleaning up",
    "stopGracefully does not: it rejected when a cancelled task did",
    "stopGracefully does not: it had not returned 3 s later",
    "stopGracefully does not: two tasks ended by 150 ms, yet it returned after 2100 ms (grace 2000 ms)",
    'getJson does not return the JSON of a success: it returned {"a":1}',
    "getJson does not throw an HttpError with status 404 and its body for /posts/0: it threw an Error: HTTP 404",
    'getJson does not throw an HttpError with status 503 and its body for /status/503: it threw an HttpError with status 503 and body ""',
    "getJson does not throw an HttpError with status 404 and its body for /posts/0: it threw something that is not an Error",
    "a waiting get did not wait, then received nothing yet",
    "an empty queue returned an error, then gave something that is not a word",
    "the longer call, readyAfter(400), did not return a promise",
    "the shorter call, readyAfter(200), had not settled 350 ms later",
    "the shorter call, readyAfter(200), was rejected",
    'the shorter call, readyAfter(200), was fulfilled with something other than "ready"',
    "the longer call, readyAfter(400), was fulfilled after 3 ms, too soon",
    "a promise settled before its time",
    'buffered lines "a", "b"',
    "your test does not: never times out: the test passed",
    "your test does not: a correct withTimeout (DOMException): the test did not finish within 3 s",
    "a quick request under a 1200 ms limit ended with AbortError",
    "a slow request under a 400 ms limit was answered instead",
    "a slow request under a 400 ms limit ended with not an Error after 1500 ms",
    "a request started later ended with an unreadable body",
    // The Python probes' own shortfalls.
    "the longer call, ready_after(400), raised TypeError",
    "the longer call, ready_after(400), did not return a future",
    "the shorter call, ready_after(200), had no result 350 ms later",
    "the shorter call, ready_after(200), ended with an error, not a result",
    'the shorter call, ready_after(200), had a result other than "ready"',
    "the longer call, ready_after(400), had its result after 3 ms, too soon",
    "a future was done before its time",
    "it had neither returned nor raised 2500 ms later",
    "it raised ClientResponseError though one attempt succeeded",
    "it returned long after the first success",
    "the slow attempt was never cancelled",
    "the slow attempt was cancelled 480 ms after the first success",
    "when all fail, it had neither returned nor raised 1000 ms later",
    "when all fail, it returned something",
    "when all fail, it raises RuntimeError, not an ExceptionGroup",
    "lookup ended before the callback",
    "lookup had not ended 2000 ms later",
    'lookup raised ValueError "with other arguments"',
    "two lookups ended: returned something that is not a str, and raised RuntimeError, not ValueError",
    "a callback raised InvalidStateError, which asyncio only logs",
    "there is no function named get_json, or no class named HttpError",
    'get_json does not return the JSON of a success: it raised ClientResponseError: 404, message="Not Found"',
    'get_json does not raise an HttpError with status 503 and its body for /status/503: it raised an HttpError with status 500 and body "x"',
    "stop_gracefully does not: a stuck task was cancelled 120 ms in, with a grace period of 0.4 s",
    "stop_gracefully does not: two tasks ended by 150 ms, yet it returned after 2000 ms (grace 2 s)",
    "stop_gracefully does not: it raised when a cancelled task did",
    "your test does not: raises a plain Exception: the test passed",
    "make_app raised KeyError",
    "make_app did not return a web.Application",
  ];
  // What may stay as it is: data in 「」, quoted text, the run's words, paths, and names from code.
  const kept = [
    /「[^」]*」/g,
    /\b(text\/plain|application\/json|promise)\b/g,
    /“[^”]*”|"[^"]*"/g,
    /\/[\w/.?=&-]*/g,
    /\b(lookup|getJson|HttpError|stopGracefully|AsyncQueue|errorsAsJson|firstSuccess|fetchWithin|readyAfter|withTimeout|handle|lines|ready|x-check|text\/plain|application\/json|TimeoutError|AbortError|AggregateError|DOMException|Error|JSON|Promise\.prototype\.then|ms|get|ready_after|first_success|future|str|asyncio|ExceptionGroup|ValueError|TypeError|RuntimeError|ClientResponseError|InvalidStateError|get_json|stop_gracefully|with_timeout|make_app|web\.Application|KeyError|Exception)\b/g,
  ];
  const english = (text: string) =>
    kept.reduce((rest, pattern) => rest.replace(pattern, " "), withWords(text)).match(/[A-Za-z]{2,}/g) ?? [];

  it.each([...needed, ...shortfalls])("reads %s", (line) => {
    const worded = reportInChinese(line);
    let rest = worded;
    for (const word of words) rest = rest.split(word).join(" ");
    expect(english(rest), worded).toEqual([]);
  });

  it("words both the needed line and the lines seen in the verdict", () => {
    const values = { line: "lookup waited for the callback", seen: ["lookup took 57 ms"] };
    expect(wordFinding({ key: "probeMissed", values }, "zh-cn")).toBe(
      "检查亲自调用了你的代码，需要看到：“lookup 等到了回调”。实际看到的是：“lookup 用了 57 ms”。",
    );
  });

  it("leaves a line it cannot read as it is, which the table above would catch", () => {
    expect(english(reportInChinese("a line of no known kind"))).not.toEqual([]);
  });
});
