/**
 * Reads one run's container output back into lines: frames (output-frames.ts) give stdout and
 * stderr apart, each piece stamped with the program's clock; text outside any frame (Node's own
 * fatal messages, raw writes to a file descriptor) is stderr. Every line is cleaned the way the
 * built-in runtime would print it (clean-output.ts). Web-standard, so it is tested under Node.
 */
import type { TimelineEvent } from "../../timeline/events.ts";
import { cleanOutputLine, stripTerminalCodes } from "./clean-output.ts";
import { FrameReader } from "./output-frames.ts";

/** What the reader hands on, in order. `atMs` is on the program's clock when it is known. */
export interface RunOutputSink {
  line(stream: "stdout" | "stderr", text: string, atMs: number | undefined): void;
  timeline(event: TimelineEvent): void;
  /** The preload's end record: the program ended with `code` after `atMs` of its own time. */
  end(code: number, atMs: number): void;
}

interface PendingLine {
  text: string;
  atMs: number | undefined;
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
        this.#append(piece.record.stream, piece.record.text, piece.record.atMs);
      else if (piece.record.kind === "timeline") this.#sink.timeline(piece.record.event);
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
      if (pending !== undefined && pending.text !== "") this.#emit(source, pending);
    }
  }

  #append(source: "stdout" | "stderr" | "raw", text: string, atMs: number | undefined): void {
    const parts = text.split("\n");
    const last = parts.pop() ?? "";
    for (const part of parts) {
      const pending = this.#pending[source];
      this.#pending[source] = undefined;
      this.#emit(source, { text: (pending?.text ?? "") + part, atMs: pending?.atMs ?? atMs });
    }
    if (last === "") return;
    const pending = this.#pending[source];
    // A line is placed at the time its first piece was written.
    this.#pending[source] = { text: (pending?.text ?? "") + last, atMs: pending?.atMs ?? atMs };
  }

  #emit(source: "stdout" | "stderr" | "raw", line: PendingLine): void {
    const text = source === "raw" ? stripTerminalCodes(line.text) : line.text.replace(ansi, "");
    // What is left of a colour code after a line's end carries no text.
    if (source === "raw" && text === "" && line.text.replace(/\r/g, "") !== "") return;
    const cleaned = cleanOutputLine(text);
    if (cleaned !== undefined) this.#sink.line(source === "raw" ? "stderr" : source, cleaned, line.atMs);
  }
}
