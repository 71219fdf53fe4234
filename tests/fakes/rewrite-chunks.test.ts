/**
 * A replayed process must read as the new run's own: its frames under the new key, its file name
 * the new one inside and outside frames, and its chunks split where the recorded ones were.
 */
import { describe, expect, it } from "vitest";
import {
  encodeFrame,
  FrameReader,
  type FramePiece,
  type FrameRecord,
} from "../../src/runner/webcontainer/output-frames.ts";
import { rewriteChunks } from "./rewrite-chunks.ts";

const recordedKey = "1cd2cf52-0dd1-4b73-acc5-0fddaadd5e7f";
const newKey = "9f0e6a41-77aa-4c1e-9d0b-3e2f1a5b6c7d";
const renames = [
  [recordedKey, newKey],
  ["main-7.mjs", "main-12.mjs"],
] as const;
const stack: FrameRecord = {
  kind: "output",
  stream: "stderr",
  atMs: 3.5,
  text: "Error: 半个\n    at file:///home/async-tour/main-7.mjs:1:7\n",
};
const end: FrameRecord = { kind: "end", atMs: 4, code: 1 };

/** Cuts `text` at the given offsets. */
function cut(text: string, ...at: number[]): string[] {
  return [0, ...at].map((from, index) => text.slice(from, at[index] ?? text.length));
}

/** What the host reads from the chunks under `key`. */
function read(chunks: readonly string[], key: string): FramePiece[] {
  const reader = new FrameReader(key);
  return [...chunks.flatMap((chunk) => reader.push(chunk)), ...reader.flush()];
}

const renamed = (record: FrameRecord): FrameRecord =>
  JSON.parse(JSON.stringify(record).replaceAll("main-7.mjs", "main-12.mjs")) as FrameRecord;

describe("rewriteChunks", () => {
  it.each([
    ["a frame split in three", cut(encodeFrame(recordedKey, stack), 5, 60)],
    [
      "a frame with pty line ends inside",
      cut(encodeFrame(recordedKey, stack).replace(/(.{30})/, "$1\r\n"), 50),
    ],
    [
      "two frames split across each other",
      cut(encodeFrame(recordedKey, stack) + encodeFrame(recordedKey, end), 90),
    ],
  ])("re-encodes %s under the new key, renamed, in as many chunks", (_name, chunks) => {
    const rewritten = rewriteChunks(chunks, { key: [recordedKey, newKey], renames });
    expect(rewritten).toHaveLength(chunks.length);
    expect(rewritten.join("")).not.toContain(recordedKey);
    const records = read(rewritten, newKey).map((piece) => (piece.kind === "record" ? piece.record : piece));
    const expected = read(chunks, recordedKey).map((piece) =>
      piece.kind === "record" ? renamed(piece.record) : piece,
    );
    expect(records).toEqual(expected);
    expect(records[0]).toEqual(renamed(stack));
  });

  it("keeps a boundary inside a frame in proportion, and the frame's bytes in order", () => {
    const frame = encodeFrame(recordedKey, stack);
    const rewritten = rewriteChunks(cut(frame, Math.floor(frame.length / 2)), {
      key: [recordedKey, newKey],
      renames,
    });
    const whole = rewritten.join("");
    expect(whole).toBe(encodeFrame(newKey, renamed(stack)));
    expect(Math.abs((rewritten[0]?.length ?? 0) - whole.length / 2)).toBeLessThanOrEqual(1);
  });

  it("leaves a frame of another key as it is: a program cannot forge the preload's", () => {
    const forged = encodeFrame("someone-else", stack);
    expect(rewriteChunks(cut(forged, 10), { key: [recordedKey, newKey], renames })).toEqual(cut(forged, 10));
  });

  it("renames plain text outside frames, a boundary inside a renamed string moving to its end", () => {
    const chunks = ["node:internal main-", "7.mjs:1 ", recordedKey.slice(0, 8), recordedKey.slice(8)];
    const rewritten = rewriteChunks(chunks, { key: [recordedKey, newKey], renames });
    expect(rewritten).toEqual(["node:internal main-12.mjs", ":1 ", newKey, ""]);
  });

  it("renames the key in a frame cut short, which the host shows as text", () => {
    const cutShort = encodeFrame(recordedKey, stack).slice(0, 50);
    const chunks = [cutShort, encodeFrame(recordedKey, end)];
    const rewritten = rewriteChunks(chunks, { key: [recordedKey, newKey], renames });
    expect(rewritten[0]).toBe(cutShort.replace(recordedKey, newKey));
    expect(read(rewritten, newKey).at(-1)).toEqual({ kind: "record", record: end });
  });

  it("without a key, changes frames not at all", () => {
    const frame = encodeFrame(recordedKey, stack);
    expect(rewriteChunks([frame], { renames: [["main-7.mjs", "main-12.mjs"]] })).toEqual([frame]);
  });
});
