/**
 * The frame reader against output as the real pty may deliver it, generated at random: records of
 * this run among text the program wrote raw, frames of other runs (or forged ones), line ends and
 * colour codes the pty puts anywhere inside a frame, all split into chunks at any offset. Whatever
 * the mix, every record of this run comes out whole and in order, and nothing else comes out as a
 * record. A failing case prints its seed and its shrunk input, to be run again as it was.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  encodeFrame,
  frameEnd,
  frameStart,
  FrameReader,
  type FrameRecord,
  type FramePiece,
} from "./output-frames.ts";

const key = "run-7f3a";

/** Any text a program prints: every plane of Unicode, line ends, tabs, the pty's own escapes. */
const printed = fc.string({
  unit: fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom("\n", "\r\n", "\t") },
    { weight: 6, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }) },
  ),
});

const outputRecord: fc.Arbitrary<FrameRecord> = fc.record({
  kind: fc.constant("output" as const),
  stream: fc.constantFrom("stdout" as const, "stderr" as const),
  atMs: fc.double({ min: 0, max: 1e7, noNaN: true }),
  text: printed,
});
const endRecord: fc.Arbitrary<FrameRecord> = fc.record({
  kind: fc.constant("end" as const),
  atMs: fc.double({ min: 0, max: 1e7, noNaN: true }),
  code: fc.integer({ min: 0, max: 255 }),
});
const anyRecord = fc.oneof({ weight: 4, arbitrary: outputRecord }, { weight: 1, arbitrary: endRecord });

/** What the pty may put between any two bytes of a frame. */
const ptyNoise = fc.constantFrom(
  "\r",
  "\n",
  "\r\n",
  "\u001b[31m",
  "\u001b[39m",
  "\u001b[0m",
  "\u001b[?25l",
  "\u001b]0;title\u0007",
);

/** Raw text a program wrote around the frames: anything but the frame delimiters. */
const rawText = printed.map((text) => text.replaceAll(frameStart, "").replaceAll(frameEnd, ""));

type Segment =
  { kind: "ours"; record: FrameRecord } | { kind: "foreign"; text: string } | { kind: "raw"; text: string };

const segment: fc.Arbitrary<Segment> = fc.oneof(
  { weight: 3, arbitrary: anyRecord.map((record) => ({ kind: "ours" as const, record })) },
  // Another run's frame, or a program's forgery with a guessed key: never one of our records.
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom("run-0000", "run-7f3", "run-7f3a2", "", "RUN-7F3A"), anyRecord)
      .map(([otherKey, record]) => ({
        kind: "foreign" as const,
        text: encodeFrame(otherKey || "x", record),
      })),
  },
  { weight: 2, arbitrary: rawText.map((text) => ({ kind: "raw" as const, text })) },
);

/** Puts noise into a frame's body at the given offsets (never before its start or after its end). */
function withNoise(frame: string, noise: readonly [number, string][]): string {
  const inner = frame.slice(1, -1);
  let noisy = "";
  let from = 0;
  for (const [at, text] of [...noise]
    .map(([offset, text]) => [offset % (inner.length + 1), text] as const)
    .sort((a, b) => a[0] - b[0])) {
    noisy += inner.slice(from, at) + text;
    from = at;
  }
  return frameStart + noisy + inner.slice(from) + frameEnd;
}

/** Splits `text` at the given offsets (taken modulo its length), in order. */
function chunksOf(text: string, cuts: readonly number[]): string[] {
  const offsets = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let from = 0;
  for (const offset of offsets) {
    chunks.push(text.slice(from, offset));
    from = offset;
  }
  chunks.push(text.slice(from));
  return chunks.filter((chunk) => chunk !== "");
}

function readAll(chunks: readonly string[]): FramePiece[] {
  const reader = new FrameReader(key);
  return [...chunks.flatMap((chunk) => reader.push(chunk)), ...reader.flush()];
}

describe("FrameReader, fuzzed", () => {
  it("gives back every record of this run, whole and in order, and nothing else as a record", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(segment, fc.array(fc.tuple(fc.nat(), ptyNoise), { maxLength: 4 })), {
          maxLength: 12,
        }),
        fc.array(fc.nat(), { maxLength: 30 }),
        (segments, cuts) => {
          const stream = segments
            .map(([part, noise]) =>
              part.kind === "ours" ? withNoise(encodeFrame(key, part.record), noise) : part.text,
            )
            .join("");
          const records = readAll(chunksOf(stream, cuts)).flatMap((piece) =>
            piece.kind === "record" ? [piece.record] : [],
          );
          const ours = segments.flatMap(([part]) => (part.kind === "ours" ? [part.record] : []));
          expect(records).toEqual(ours);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("passes text outside frames through unchanged, however it is split", () => {
    fc.assert(
      fc.property(rawText, fc.array(fc.nat(), { maxLength: 20 }), (text, cuts) => {
        const pieces = readAll(chunksOf(text, cuts));
        expect(pieces.every((piece) => piece.kind === "raw")).toBe(true);
        expect(pieces.map((piece) => (piece.kind === "raw" ? piece.text : "")).join("")).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it("never turns a frame cut short by a kill into a record, and shows what it held as text", () => {
    fc.assert(
      fc.property(
        anyRecord,
        anyRecord,
        fc.nat(),
        fc.array(fc.nat(), { maxLength: 10 }),
        (cut, whole, at, cuts) => {
          const frame = encodeFrame(key, cut);
          const truncated = frame.slice(0, 1 + (at % (frame.length - 1)));
          const pieces = readAll(chunksOf(truncated + encodeFrame(key, whole), cuts));
          expect(pieces.flatMap((piece) => (piece.kind === "record" ? [piece.record] : []))).toEqual([whole]);
          expect(pieces.map((piece) => (piece.kind === "raw" ? piece.text : "")).join("")).toBe(
            truncated.slice(1),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
