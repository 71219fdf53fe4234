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
  const json = stringify(record, asItIs);
  return `${frameStart}${key}:${toBase64(isAscii(json) ? json : utf8Binary(json))}${frameEnd}`;
}

// Taken when the preload loads this module, before the program runs: the preload encodes every
// record after that, and a program may replace JSON.stringify, btoa, RegExp.prototype.test or
// TextEncoder to forge what its frames say. Each is called here without asking a global or a
// prototype again.
const stringify = JSON.stringify;
const toBase64 = btoa;
const applyMethod = Reflect.apply;
const fromCharCode = String.fromCharCode;
// eslint-disable-next-line @typescript-eslint/unbound-method -- called through `applyMethod`.
const encodeUtf8 = TextEncoder.prototype.encode;
const encoder = new TextEncoder();
// eslint-disable-next-line @typescript-eslint/unbound-method -- called through `applyMethod`.
const bytesLength = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), "length")
  ?.get as (this: Uint8Array) => number;

/** Gives the serializer back each value as it is: a `toJSON` the program added is asked, not used. */
function asItIs(this: Record<string, unknown>, key: string): unknown {
  return this[key];
}

/** Whether every character is ASCII, which btoa takes as it is. */
function isAscii(text: string): boolean {
  // Characters compared as strings: no method of String.prototype is asked.
  for (let index = 0; index < text.length; index += 1) if ((text[index] ?? "") > "\u007f") return false;
  return true;
}

/** The UTF-8 bytes of `text`, one character per byte, as btoa wants them. */
function utf8Binary(text: string): string {
  const bytes = applyMethod<TextEncoder, [string], Uint8Array>(encodeUtf8, encoder, [text]);
  const count = applyMethod<Uint8Array, [], number>(bytesLength, bytes, []);
  let binary = "";
  for (let index = 0; index < count; index += 1) binary += fromCharCode(bytes[index] ?? 0);
  return binary;
}

// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included.
const asciiOnly = /^[\u0000-\u007f]*$/;
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
