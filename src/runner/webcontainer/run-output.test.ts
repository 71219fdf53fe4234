import { describe, expect, it } from "vitest";
import { encodeFrame, type FrameRecord } from "./output-frames.ts";
import { RunOutput } from "./run-output.ts";
import { runBounds } from "../run-limits.ts";

function reader() {
  const lines: [string, string, number | undefined][] = [];
  const ends: [number, number][] = [];
  const more: number[] = [];
  const dropped: [number, number][] = [];
  const checks: [string, number][] = [];
  const output = new RunOutput("k1", {
    line: (stream, text, atMs, moreChars) => {
      lines.push([stream, text, atMs]);
      more.push(moreChars);
    },
    timeline: () => undefined,
    dropped: (lineCount, spans) => dropped.push([lineCount, spans]),
    end: (code, atMs) => ends.push([code, atMs]),
    check: (text, atMs) => checks.push([text, atMs]),
  });
  return { output, lines, ends, more, dropped, checks };
}

const out = (text: string, atMs: number, stream: "stdout" | "stderr" = "stdout"): FrameRecord => ({
  kind: "output",
  stream,
  atMs,
  text,
});

/** The same bytes, as a pty splits them: at random places, `\n` as `\r\n`. */
function ptyChunks(text: string, seed: number): string[] {
  const chunks: string[] = [];
  let rest = text.replace(/\n/g, "\r\n");
  let state = seed;
  while (rest !== "") {
    state = (state * 1103515245 + 12345) % 2147483648;
    const length = 1 + (state % 40);
    chunks.push(rest.slice(0, length));
    rest = rest.slice(length);
  }
  return chunks;
}

describe("RunOutput", () => {
  it("hands on a probe's reports apart from the output, and only with the run's key", () => {
    const { output, lines, checks } = reader();
    output.push(encodeFrame("k1", { kind: "check", text: "/hello/Ada -> 200", atMs: 4 }));
    output.push(encodeFrame("k2", { kind: "check", text: "forged", atMs: 5 }));
    output.flush();
    expect(checks).toEqual([["/hello/Ada -> 200", 4]]);
    expect(lines.map(([, text]) => text).join("")).not.toContain("/hello/Ada");
  });

  it("keeps stdout and stderr apart, each line at the time its first piece was written", () => {
    const { output, lines } = reader();
    output.push(encodeFrame("k1", out("par", 1)));
    output.push(encodeFrame("k1", out("oops\n", 2, "stderr")));
    output.push(encodeFrame("k1", out("tial\nnext\n", 3)));
    expect(lines).toEqual([
      ["stderr", "oops", 2],
      ["stdout", "partial", 1],
      ["stdout", "next", 3],
    ]);
  });

  it("reads Chinese and emoji whole whatever the pty does to the frames", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const { output, lines, ends } = reader();
      const stream = [
        encodeFrame("k1", out("你好，世界 🌏\n", 1)),
        encodeFrame("k1", out("出错了 ✗\n", 2, "stderr")),
        encodeFrame("k1", { kind: "end", atMs: 9, code: 0 }),
      ].join("");
      for (const chunk of ptyChunks(stream, seed)) output.push(chunk);
      expect(lines).toEqual([
        ["stdout", "你好，世界 🌏", 1],
        ["stderr", "出错了 ✗", 2],
      ]);
      expect(ends).toEqual([[0, 9]]);
    }
  });

  it("reads text outside frames as stderr, cleaned, and drops what a colour reset leaves", () => {
    const { output, lines } = reader();
    output.push("\u001b[31mFATAL ERROR: out of memory\r\n\u001b[39m");
    output.push("    at node:internal/x:1:1\r\n\r\n");
    output.flush();
    expect(lines).toEqual([
      ["stderr", "FATAL ERROR: out of memory", undefined],
      ["stderr", "", undefined],
    ]);
  });

  it("strips colours from framed text and cleans stacks on both streams", () => {
    const { output, lines } = reader();
    output.push(encodeFrame("k1", out("Set(2) { \u001b[33m1\u001b[39m }\n", 1)));
    output.push(encodeFrame("k1", out("    at f (file:///home/async-tour/main-2.mjs:1:2)\n", 2)));
    expect(lines).toEqual([
      ["stdout", "Set(2) { 1 }", 1],
      ["stdout", "    at f (main.ts:1:2)", 2],
    ]);
  });

  it("flushes unfinished lines at the end", () => {
    const { output, lines } = reader();
    output.push(encodeFrame("k1", out("no newline", 4)));
    output.flush();
    expect(lines).toEqual([["stdout", "no newline", 4]]);
  });

  it("carries what the preload clipped off a line, and what it dropped", () => {
    const { output, lines, more, dropped } = reader();
    output.push(
      encodeFrame("k1", { kind: "output", stream: "stdout", atMs: 1, text: "xxxx", moreChars: 49_996 }),
    );
    output.push(encodeFrame("k1", out("\nnext\n", 2)));
    output.push(encodeFrame("k1", { kind: "dropped", lines: 7, spans: 3 }));
    expect(lines.map(([, text]) => text)).toEqual(["xxxx", "next"]);
    expect(more).toEqual([49_996, 0]);
    expect(dropped).toEqual([[7, 3]]);
  });

  it("holds text that never ends a line to the per-line cap", () => {
    const { output, lines, more } = reader();
    for (let index = 0; index < 100; index += 1) output.push("y".repeat(1_000));
    output.flush();
    expect(lines).toHaveLength(1);
    expect(lines[0]?.[1]).toHaveLength(runBounds.maxLineChars);
    expect(more).toEqual([100_000 - runBounds.maxLineChars]);
  });
});
