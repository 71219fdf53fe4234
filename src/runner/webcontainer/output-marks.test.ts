import { describe, expect, it } from "vitest";
import { markLines, readLine, stdoutMarker, timedStdoutMarker, timelineMark } from "./output-marks.ts";

describe("markLines", () => {
  it.each([
    ["one line", "a\n", true, ">a\n", true],
    ["two lines", "a\nb\n", true, ">a\n>b\n", true],
    ["an unfinished line", "a\nb", true, ">a\n>b", false],
    ["the rest of a line", "b\nc\n", false, "b\n>c\n", true],
    ["nothing", "", false, "", false],
    ["an empty line", "\n", true, ">\n", true],
  ])("marks %s", (_name, text, atLineStart, marked, endsLine) => {
    expect(markLines(text, ">", atLineStart)).toEqual({ text: marked, atLineStart: endsLine });
  });
});

describe("readLine", () => {
  it("reads a marked stdout line, without ANSI codes or a carriage return", () => {
    expect(readLine(`${stdoutMarker}\u001b[32mhello\u001b[39m\r`)).toEqual({
      kind: "output",
      stream: "stdout",
      text: "hello",
    });
  });

  it("reads the program's clock from a timed stdout mark", () => {
    expect(readLine(`${timedStdoutMarker(1002.25)}tea: finished`)).toEqual({
      kind: "output",
      stream: "stdout",
      text: "tea: finished",
      atMs: 1002.3,
    });
  });

  it("takes an unmarked line for stderr and names the program main.ts", () => {
    expect(readLine("\u001b[31m    at fail (file:///home/async-tour/main-3.mjs:3:9)\u001b[39m")).toEqual({
      kind: "output",
      stream: "stderr",
      text: "    at fail (main.ts:3:9)",
    });
    expect(readLine("/home/async-tour/main-12.mjs:3")).toMatchObject({ text: "main.ts:3" });
  });

  it("skips what is left of a colour code after a line's end, but keeps an empty line", () => {
    expect(readLine("\u001b[39m")).toEqual({ kind: "skip" });
    expect(readLine("")).toEqual({ kind: "output", stream: "stderr", text: "" });
  });

  it("drops stack frames inside Node", () => {
    expect(readLine("    at ModuleJob.run (node:internal/modules/esm/module_job:271:25)")).toEqual({
      kind: "skip",
    });
  });

  it("reads a timeline event with the run's key, and skips a malformed one", () => {
    const event = { type: "output", stream: "stdout", text: "x", atMs: 1 };
    const line = `${timelineMark("k1")}${JSON.stringify(event)}`;
    expect(readLine(line, "k1")).toEqual({ kind: "timeline", event });
    expect(readLine(`${timelineMark("k1")}{"type":"nonsense"}`, "k1")).toEqual({ kind: "skip" });
  });

  it("takes a timeline line with another key for plain output, not an event", () => {
    const forged = `${timelineMark("guess")}{"type":"span-start","id":"x","kind":"task","label":"x","atMs":0}`;
    expect(readLine(forged, "k1")).toMatchObject({ kind: "output", stream: "stderr" });
  });
});
