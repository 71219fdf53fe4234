/**
 * Bounds what a program in the WebContainer writes before it is framed (preload.node.ts): the
 * frames cross the container's terminal and are decoded on the page's main thread, so a 50 MB
 * line would hold it for seconds. Each line keeps its first characters and counts the rest; lines
 * past the run's caps are dropped and counted (run-limits.ts). Web-standard, tested under Node.
 */
import { clipLine, type OutputLimits } from "../run-limits.ts";

/** A piece of a write to frame: `moreChars` were left off the line this piece ends in. */
export interface WritePiece {
  text: string;
  moreChars: number;
}

/** Clips a process's writes to its output limits. */
export interface WriteBudget {
  take(stream: "stdout" | "stderr", text: string): WritePiece[];
  /** Whole lines dropped so far, past the line or character cap. */
  readonly droppedLines: number;
}

/**
 * Starts a budget for one process's writes.
 *
 * @example
 * const budget = createWriteBudget({ maxLines: 10, maxLineChars: 3, maxRunChars: 100 });
 * budget.take("stdout", "hello\nok\n"); // [{ text: "hel", moreChars: 2 }, { text: "\nok\n", moreChars: 0 }]
 */
export function createWriteBudget(limits: OutputLimits): WriteBudget {
  let linesLeft = limits.maxLines;
  let charsLeft = limits.maxRunChars;
  let dropped = 0;
  const lineChars = { stdout: 0, stderr: 0 };
  // Whether the line in progress has been (partly) sent: its end is sent too, even past a cap.
  const lineOpen = { stdout: false, stderr: false };
  return {
    take(stream, text) {
      const pieces: WritePiece[] = [];
      let out = "";
      const segments = text.split("\n");
      segments.forEach((segment, index) => {
        if (index > 0) {
          if (lineOpen[stream] || (linesLeft > 0 && charsLeft > 0)) {
            out += "\n";
            linesLeft -= 1;
          } else dropped += 1;
          lineChars[stream] = 0;
          lineOpen[stream] = false;
        }
        if (segment === "" || linesLeft <= 0 || charsLeft <= 0) return;
        const room = Math.min(limits.maxLineChars - lineChars[stream], charsLeft);
        const kept = clipLine(segment, Math.max(0, room));
        out += kept.text;
        lineOpen[stream] = true;
        lineChars[stream] += kept.text.length;
        charsLeft -= kept.text.length;
        if (kept.moreChars > 0) {
          pieces.push({ text: out, moreChars: kept.moreChars });
          out = "";
        }
      });
      if (out !== "") pieces.push({ text: out, moreChars: 0 });
      return pieces;
    },
    get droppedLines() {
      return dropped;
    },
  };
}
