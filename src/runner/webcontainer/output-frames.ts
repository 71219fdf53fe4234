/**
 * How the preload talks to the host through the WebContainer's output. That output is one pty
 * stream: stdout and stderr merged, `\n` turned into `\r\n`, ANSI codes added, and chunks split
 * anywhere, each decoded on its own (so a character split across two chunks is lost). The preload
 * therefore writes every record (a piece of stdout or stderr, a timeline event, the end of the
 * program) as an ASCII-only frame: a start byte, the run's secret key, base64 of the record's
 * UTF-8 JSON, an end byte. No split can break a character in it, nothing the pty adds can change
 * it, and a program that does not know the key cannot forge one. `FrameReader` puts frames back
 * together across chunks; what arrives outside any frame (Node's own fatal messages, a raw
 * `fs.writeSync(2, ...)`) comes out as raw text.
 */
import { isTimelineEvent, type TimelineEvent } from "../../timeline/events.ts";

/** Starts a frame (ASCII STX): no program prints it by accident. */
export const frameStart = "\u0002";
/** Ends a frame (ASCII ETX). */
export const frameEnd = "\u0003";

/** One record the preload sends. Times are on the program's own clock, from the preload's start. */
export type FrameRecord =
  /** `moreChars`: characters left off the line this text ends in (write-budget.ts). */
  | { kind: "output"; stream: "stdout" | "stderr"; atMs: number; text: string; moreChars?: number }
  /** What the preload left out: whole lines, and timeline spans. */
  | { kind: "dropped"; lines: number; spans: number }
  /** A fact an exercise's probe reported (probe-kit.ts). */
  | { kind: "check"; text: string; atMs: number }
  | { kind: "timeline"; event: TimelineEvent }
  /** The program is ending, with this exit code, after `atMs` of its own time. */
  | { kind: "end"; atMs: number; code: number };

/** What the reader found in the output: a record of this run, or text outside any frame. */
export type FramePiece = { kind: "record"; record: FrameRecord } | { kind: "raw"; text: string };

/**
 * Writes one record as a frame for the run with secret `key`.
 *
 * @example
 * encodeFrame("k1", { kind: "end", atMs: 12, code: 0 }); // "\u0002k1:eyJraW5k...\u0003"
 */
export function encodeFrame(key: string, record: FrameRecord): string {
  const json = JSON.stringify(record);
  return `${frameStart}${key}:${btoa(asciiOnly.test(json) ? json : utf8Binary(json))}${frameEnd}`;
}

// Most records are ASCII, and btoa takes those as they are: the UTF-8 step is only for the rest.
// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included.
const asciiOnly = /^[\u0000-\u007f]*$/;

/** The UTF-8 bytes of `text`, one character per byte, as btoa wants them. */
function utf8Binary(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  // In slices: spreading a large array into fromCharCode would overflow the call stack.
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  }
  return binary;
}

const decoder = new TextDecoder("utf-8", { fatal: true });

function fromUtf8Binary(binary: string): string {
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return decoder.decode(bytes);
}

function decodePayload(payload: string): FrameRecord | undefined {
  let value: unknown;
  try {
    const binary = atob(payload);
    value = JSON.parse(asciiOnly.test(binary) ? binary : fromUtf8Binary(binary));
  } catch {
    return undefined;
  }
  return isFrameRecord(value) ? value : undefined;
}

function isFrameRecord(value: unknown): value is FrameRecord {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Partial<Record<string, unknown>>;
  switch (record["kind"]) {
    case "output":
      return (
        (record["stream"] === "stdout" || record["stream"] === "stderr") &&
        typeof record["atMs"] === "number" &&
        typeof record["text"] === "string" &&
        (record["moreChars"] === undefined || typeof record["moreChars"] === "number")
      );
    case "timeline":
      return isTimelineEvent(record["event"]);
    case "dropped":
      return typeof record["lines"] === "number" && typeof record["spans"] === "number";
    case "end":
      return typeof record["atMs"] === "number" && typeof record["code"] === "number";
    case "check":
      return typeof record["text"] === "string" && typeof record["atMs"] === "number";
    default:
      return false;
  }
}

// Whatever the pty may have put between a frame's bytes; base64 has none of these characters.
// eslint-disable-next-line no-control-regex -- ANSI escapes and line ends are exactly what is removed.
const ptyNoise = /\u001b\[[0-9;?]*[A-Za-z]|\u001b\][^\u0007]*\u0007|[\r\n]/g;

/** Reassembles frames from output chunks, keeping only frames that carry this run's key. */
export class FrameReader {
  readonly #key: string;
  /** The frame read so far, or undefined between frames. */
  #frame: string | undefined;

  constructor(key: string) {
    if (key === "") throw new TypeError("A FrameReader needs the run's key, a non-empty string.");
    this.#key = key;
  }

  /** Reads one chunk; returns the records and raw text completed by it, in order. */
  push(chunk: string): FramePiece[] {
    const pieces: FramePiece[] = [];
    let at = 0;
    while (at < chunk.length) {
      if (this.#frame === undefined) {
        const start = chunk.indexOf(frameStart, at);
        const raw = chunk.slice(at, start === -1 ? chunk.length : start);
        if (raw !== "") pieces.push({ kind: "raw", text: raw });
        if (start === -1) break;
        this.#frame = "";
        at = start + 1;
        continue;
      }
      const end = chunk.indexOf(frameEnd, at);
      const restart = chunk.indexOf(frameStart, at);
      if (restart !== -1 && (end === -1 || restart < end)) {
        // A frame cut short (its process killed mid-write) and a new one: keep the cut one as text.
        pieces.push({ kind: "raw", text: this.#frame + chunk.slice(at, restart) });
        this.#frame = "";
        at = restart + 1;
        continue;
      }
      if (end === -1) {
        this.#frame += chunk.slice(at);
        break;
      }
      pieces.push(this.#close(this.#frame + chunk.slice(at, end)));
      this.#frame = undefined;
      at = end + 1;
    }
    return pieces;
  }

  /** What is left at the end of the output: an unfinished frame is shown as text. */
  flush(): FramePiece[] {
    const left = this.#frame;
    this.#frame = undefined;
    return left === undefined || left === "" ? [] : [{ kind: "raw", text: left }];
  }

  #close(body: string): FramePiece {
    const clean = body.replace(ptyNoise, "");
    const separator = clean.indexOf(":");
    const record =
      clean.slice(0, separator) === this.#key ? decodePayload(clean.slice(separator + 1)) : undefined;
    // A frame without this run's key is not the preload's: show it for what it is, plain text.
    return record === undefined
      ? { kind: "raw", text: `${frameStart}${body}${frameEnd}` }
      : { kind: "record", record };
  }
}
