import { describe, expect, it } from "vitest";
import { encodeFrame, frameEnd, frameStart, FrameReader, type FrameRecord } from "./output-frames.ts";

const record: FrameRecord = { kind: "output", stream: "stdout", atMs: 1.5, text: "你好 🌏\n" };

describe("encodeFrame", () => {
  it("writes ASCII only, whatever the text", () => {
    const frame = encodeFrame("k1", record);
    expect(frame.startsWith(`${frameStart}k1:`)).toBe(true);
    expect(frame.endsWith(frameEnd)).toBe(true);
    expect(
      Array.from({ length: frame.length }, (_, index) => frame.charCodeAt(index)).every((code) => code < 128),
    ).toBe(true);
  });

  it("handles a text too long to spread into one call", () => {
    const long: FrameRecord = { ...record, text: "异步".repeat(100_000) };
    expect(new FrameReader("k1").push(encodeFrame("k1", long))).toEqual([{ kind: "record", record: long }]);
  });
});

describe("FrameReader", () => {
  it("puts a frame back together from pieces split anywhere", () => {
    const frame = encodeFrame("k1", record);
    for (let cut = 1; cut < frame.length; cut += 1) {
      const reader = new FrameReader("k1");
      expect([...reader.push(frame.slice(0, cut)), ...reader.push(frame.slice(cut))]).toEqual([
        { kind: "record", record },
      ]);
    }
  });

  it("ignores line ends and colour codes the pty puts inside a frame", () => {
    const frame = encodeFrame("k1", record);
    const noisy = `${frame.slice(0, 9)}\r\n\u001b[31m${frame.slice(9, 20)}\u001b[39m${frame.slice(20)}`;
    expect(new FrameReader("k1").push(noisy)).toEqual([{ kind: "record", record }]);
  });

  it("hands on text outside frames as raw text, in order", () => {
    const reader = new FrameReader("k1");
    expect(reader.push(`before${encodeFrame("k1", record)}after\r\n`)).toEqual([
      { kind: "raw", text: "before" },
      { kind: "record", record },
      { kind: "raw", text: "after\r\n" },
    ]);
  });

  it.each([
    ["another key", encodeFrame("guess", record)],
    ["no key", encodeFrame("", record).replace(`${frameStart}:`, frameStart)],
    ["a payload that is not a record", `${frameStart}k1:${btoa('{"kind":"end"}')}${frameEnd}`],
    ["a payload that is not base64", `${frameStart}k1:not base64!${frameEnd}`],
  ])("shows a frame with %s as text, never as a record", (_name, forged) => {
    const pieces = new FrameReader("k1").push(forged);
    expect(pieces).toEqual([{ kind: "raw", text: forged }]);
  });

  it("shows a frame cut short by a new one as text, then reads the new one", () => {
    const frame = encodeFrame("k1", record);
    const reader = new FrameReader("k1");
    expect(reader.push(`${frame.slice(0, 12)}${frame}`)).toEqual([
      { kind: "raw", text: frame.slice(1, 12) },
      { kind: "record", record },
    ]);
  });

  it("flushes an unfinished frame as text", () => {
    const reader = new FrameReader("k1");
    expect(reader.push(`${frameStart}k1:abc`)).toEqual([]);
    expect(reader.flush()).toEqual([{ kind: "raw", text: "k1:abc" }]);
    expect(reader.flush()).toEqual([]);
  });

  it("needs a key", () => {
    expect(() => new FrameReader("")).toThrow(TypeError);
  });
});
