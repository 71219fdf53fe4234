/**
 * Reads one run's container output back into lines: frames (output-frames.ts) give stdout and
 * stderr apart, each piece stamped with the program's clock; text outside any frame (Node's own
 * fatal messages, raw writes to a file descriptor) is stderr. Every line is cleaned the way the
 * built-in runtime would print it (clean-output.ts). Web-standard, so it is tested under Node.
 */
import type { TimelineEvent } from "../../timeline/events.ts";
import { cleanOutputLine, stripTerminalCodes } from "./clean-output.ts";
import { FrameReader } from "./output-frames.ts";
import { clipLine } from "../run-limits.ts";

/** What the reader hands on, in order. `atMs` is on the program's clock when it is known. */
export interface RunOutputSink {
  /** A line; `moreChars` were left off it past the per-line cap (run-limits.ts). */
  line(stream: "stdout" | "stderr", text: string, atMs: number | undefined, moreChars: number): void;
  timeline(event: TimelineEvent): void;
  /** The preload's count of what it left out. */
  dropped(lines: number, spans: number): void;
  /** A fact an exercise's probe reported, at `atMs` of the program's own time. */
  check(text: string, atMs: number): void;
  /** The preload's end record: the program ended with `code` after `atMs` of its own time. */
  end(code: number, atMs: number): void;
}

interface PendingLine {
  text: string;
  atMs: number | undefined;
  moreChars: number;
}

// eslint-disable-next-line no-control-regex -- only colour codes are stripped from framed text.
const ansi = /\u001b\[[0-9;?]*[A-Za-z]/g;

/** Turns the chunks of one process's output into lines, timeline events and the end record. */
export class RunOutput {
  readonly #reader: FrameReader;
  readonly #sink: RunOutputSink;
  readonly #pending: Record<"stdout" | "stderr" | "raw", PendingLine | undefined> = {
    stdout: undefined,
    stderr: undefined,
    raw: undefined,
  };

  constructor(key: string, sink: RunOutputSink) {
    this.#reader = new FrameReader(key);
    this.#sink = sink;
  }

  /** Reads one chunk of the output stream. */
  push(chunk: string): void {
    for (const piece of this.#reader.push(chunk)) {
      if (piece.kind === "raw") this.#append("raw", piece.text, undefined);
      else if (piece.record.kind === "output")
        this.#append(piece.record.stream, piece.record.text, piece.record.atMs, piece.record.moreChars ?? 0);
      else if (piece.record.kind === "timeline") this.#sink.timeline(piece.record.event);
      else if (piece.record.kind === "dropped") this.#sink.dropped(piece.record.lines, piece.record.spans);
      else if (piece.record.kind === "check") this.#sink.check(piece.record.text, piece.record.atMs);
      else this.#sink.end(piece.record.code, piece.record.atMs);
    }
  }

  /** Hands on what is left: unfinished lines and an unfinished frame. */
  flush(): void {
    for (const piece of this.#reader.flush())
      if (piece.kind === "raw") this.#append("raw", piece.text, undefined);
    for (const source of ["stdout", "stderr", "raw"] as const) {
      const pending = this.#pending[source];
      this.#pending[source] = undefined;
      if (pending !== undefined && (pending.text !== "" || pending.moreChars > 0))
        this.#emit(source, pending);
    }
  }

  #append(source: "stdout" | "stderr" | "raw", text: string, atMs: number | undefined, moreChars = 0): void {
    const parts = text.split("\n");
    const last = parts.pop() ?? "";
    for (const part of parts) {
      const pending = this.#pending[source];
      this.#pending[source] = undefined;
      this.#emit(source, this.#grow(pending, part, atMs, 0));
    }
    // `moreChars` belongs to the line this text ends in.
    if (last === "" && moreChars === 0) return;
    this.#pending[source] = this.#grow(this.#pending[source], last, atMs, moreChars);
  }

  /**
   * A line in progress with `text` added, held to the per-line cap (run-limits.ts), so text that
   * never ends a line (a raw write with no line end) cannot grow without bound. A line is placed at
   * the time its first piece was written.
   */
  #grow(
    pending: PendingLine | undefined,
    text: string,
    atMs: number | undefined,
    moreChars: number,
  ): PendingLine {
    const clipped = clipLine((pending?.text ?? "") + text);
    return {
      text: clipped.text,
      atMs: pending?.atMs ?? atMs,
      moreChars: (pending?.moreChars ?? 0) + clipped.moreChars + moreChars,
    };
  }

  #emit(source: "stdout" | "stderr" | "raw", line: PendingLine): void {
    const text = source === "raw" ? stripTerminalCodes(line.text) : line.text.replace(ansi, "");
    // What is left of a colour code after a line's end carries no text.
    if (source === "raw" && text === "" && line.text.replace(/\r/g, "") !== "") return;
    const cleaned = cleanOutputLine(text);
    if (cleaned !== undefined)
      this.#sink.line(source === "raw" ? "stderr" : source, cleaned, line.atMs, line.moreChars);
  }
}
