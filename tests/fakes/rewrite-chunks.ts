/**
 * Puts a new run's own values into a recorded run's output chunks, so the host reads a replayed
 * process as its own. Two things differ from run to run: the run's secret key, which the preload
 * writes at the head of every frame (output-frames.ts), and the program's file name, which stack
 * lines name inside the frames' base64. So each frame with the recorded key is decoded, renamed
 * and encoded again under the new key, and text outside frames is renamed as it stands. Chunk
 * boundaries are kept where they were: one inside a re-encoded frame moves in proportion, one
 * inside a renamed string moves to its end.
 */
import {
  encodeFrame,
  frameEnd,
  frameStart,
  FrameReader,
} from "../../src/runner/webcontainer/output-frames.ts";

/** What to put back. */
export interface ChunkRewrite {
  /** The recorded run's frame key and the new run's; frames of any other key are left alone. */
  key?: readonly [string, string];
  /** Strings replaced in frames of the key and in text outside frames: `[recorded, new]`. */
  renames: readonly (readonly [string, string])[];
}

/** A stretch of the recorded text and what it becomes. */
interface Unit {
  length: number;
  written: string;
  /** A boundary inside moves in proportion (a frame), else to the unit's end (a renamed string). */
  proportional: boolean;
}

/**
 * The recorded chunks with the new run's key and names in, split as they were.
 *
 * @example
 * rewriteChunks(["main-7.mjs", " ok"], { renames: [["main-7.mjs", "main-12.mjs"]] });
 * // ["main-12.mjs", " ok"]
 */
export function rewriteChunks(chunks: readonly string[], rewrite: ChunkRewrite): string[] {
  const renames = rewrite.renames.filter(([from, to]) => from !== "" && from !== to);
  // A frame cut short is plain text to the host, key and all: rename the key there too.
  const rawRenames = rewrite.key === undefined ? renames : [...renames, rewrite.key];
  const text = chunks.join("");
  const ends: number[] = [];
  let offset = 0;
  for (const chunk of chunks) ends.push((offset += chunk.length));

  let result = "";
  const newEnds: number[] = [];
  let next = 0;
  for (let index = 0; index < text.length;) {
    const unit = frameUnit(text, index, rewrite.key, renames) ?? renameUnit(text, index, rawRenames);
    const start = result.length;
    result += unit.written;
    // Every boundary inside or at the end of this unit, placed in the new text.
    while (next < ends.length && (ends[next] ?? 0) <= index + unit.length) {
      const into = (ends[next] ?? 0) - index;
      const moved =
        into <= 0
          ? 0
          : unit.proportional
            ? Math.round((into * unit.written.length) / unit.length)
            : unit.written.length;
      newEnds.push(start + moved);
      next += 1;
    }
    index += unit.length;
  }
  while (newEnds.length < chunks.length) newEnds.push(result.length);
  return newEnds.map((end, index) => result.slice(index === 0 ? 0 : newEnds[index - 1], end));
}

/** A whole frame at `index`, re-encoded when it carries the recorded key; else undefined. */
function frameUnit(
  text: string,
  index: number,
  key: ChunkRewrite["key"],
  renames: readonly (readonly [string, string])[],
): Unit | undefined {
  if (key === undefined || text[index] !== frameStart) return undefined;
  const end = text.indexOf(frameEnd, index + 1);
  const restart = text.indexOf(frameStart, index + 1);
  if (end === -1 || (restart !== -1 && restart < end)) return undefined;
  const frame = text.slice(index, end + 1);
  const [piece, ...rest] = new FrameReader(key[0]).push(frame);
  if (piece?.kind !== "record" || rest.length > 0)
    return { length: frame.length, written: frame, proportional: true };
  let json = JSON.stringify(piece.record);
  for (const [from, to] of renames) json = json.replaceAll(from, to);
  const written = encodeFrame(key[1], JSON.parse(json) as typeof piece.record);
  return { length: frame.length, written, proportional: true };
}

/** A renamed string at `index`, or the one character there as it is. */
function renameUnit(text: string, index: number, renames: readonly (readonly [string, string])[]): Unit {
  const found = renames.find(([from]) => text.startsWith(from, index));
  return found === undefined
    ? { length: 1, written: text.charAt(index), proportional: false }
    : { length: found[0].length, written: found[1], proportional: false };
}
