import { describe, expect, it } from "vitest";
import { clampTime, validateSandboxEvent } from "./sandbox-event.ts";

const elapsed = 200;

describe("clampTime", () => {
  it.each([
    [50, 50],
    [-5, 0],
    [Infinity, elapsed],
    [-Infinity, 0],
    [1e308, elapsed],
  ])("clamps %s to %s", (value, expected) => expect(clampTime(value, elapsed)).toBe(expected));

  it.each([[Number.NaN], ["12"], [undefined], [null]])("refuses %s", (value) =>
    expect(clampTime(value, elapsed)).toBeUndefined(),
  );
});

describe("validateSandboxEvent", () => {
  it.each([
    [
      "output with an impossible time",
      { type: "output", stream: "stdout", text: "hi", atMs: Infinity },
      { type: "output", stream: "stdout", text: "hi", atMs: elapsed },
    ],
    [
      "an exit whose duration is past now",
      { type: "exit", code: 0, reason: "finished", durationMs: 1e9 },
      { type: "exit", code: 0, reason: "finished", durationMs: elapsed },
    ],
    [
      "a span start, extra fields dropped",
      {
        type: "timeline",
        event: { type: "span-start", id: "t1", kind: "timer", label: "x", atMs: 5, extra: 1 },
      },
      { type: "timeline", event: { type: "span-start", id: "t1", kind: "timer", label: "x", atMs: 5 } },
    ],
    [
      "a span end before the run began",
      { type: "timeline", event: { type: "span-end", id: "t1", outcome: "ok", atMs: -3, detail: "200" } },
      { type: "timeline", event: { type: "span-end", id: "t1", outcome: "ok", atMs: 0, detail: "200" } },
    ],
    ["a notice", { type: "notice", key: "nodeOnly" }, { type: "notice", key: "nodeOnly" }],
    [
      "a silent program's notice",
      { type: "notice", key: "programSilent" },
      { type: "notice", key: "programSilent" },
    ],
    ["a count of dropped lines", { type: "dropped", lines: 3 }, { type: "dropped", lines: 3 }],
    ["a crash", { type: "crash", message: "no" }, { type: "crash", message: "no" }],
    [
      "a probe's report",
      { type: "check", text: "/hello/Ada -> 200", atMs: 5 },
      { type: "check", text: "/hello/Ada -> 200", atMs: 5 },
    ],
    ["a probe's report without text", { type: "check", atMs: 5 }, undefined],
  ])("keeps %s", (_name, input, expected) => expect(validateSandboxEvent(input, elapsed)).toEqual(expected));

  it.each([
    ["null", null],
    ["a string", "exit"],
    ["an unknown type", { type: "takeover" }],
    ["output on another stream", { type: "output", stream: "stdin", text: "x", atMs: 1 }],
    ["output that is not text", { type: "output", stream: "stdout", text: { toString: 1 }, atMs: 1 }],
    ["output with no time", { type: "output", stream: "stdout", text: "x", atMs: Number.NaN }],
    ["an exit code past 255", { type: "exit", code: 256, reason: "finished", durationMs: 1 }],
    ["a fractional exit code", { type: "exit", code: 0.5, reason: "finished", durationMs: 1 }],
    ["a negative exit code", { type: "exit", code: -1, reason: "finished", durationMs: 1 }],
    ["an exit the page alone may give", { type: "exit", code: 124, reason: "timeout", durationMs: 1 }],
    ["a count that is not whole", { type: "dropped", lines: 1.5 }],
    ["a count past safe integers", { type: "dropped", lines: 2 ** 60 }],
    ["a negative count", { type: "dropped", lines: -1 }],
    ["an unknown notice", { type: "notice", key: "__proto__" }],
    [
      "a span of an unknown kind",
      { type: "timeline", event: { type: "span-start", id: "a", kind: "x", label: "", atMs: 1 } },
    ],
    [
      "a span end with an unknown outcome",
      { type: "timeline", event: { type: "span-end", id: "a", outcome: "won", atMs: 1 } },
    ],
    [
      "an output mark in the timeline",
      { type: "timeline", event: { type: "output", stream: "stdout", text: "x", atMs: 1 } },
    ],
  ])("drops %s", (_name, input) => expect(validateSandboxEvent(input, elapsed)).toBeUndefined());

  it("cuts long labels", () => {
    const event = validateSandboxEvent(
      {
        type: "timeline",
        event: { type: "span-start", id: "a", kind: "task", label: "x".repeat(10_000), atMs: 1 },
      },
      elapsed,
    );
    expect(event?.type === "timeline" && event.event.type === "span-start" && event.event.label.length).toBe(
      500,
    );
  });
});
