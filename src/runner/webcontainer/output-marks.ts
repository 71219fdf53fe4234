/**
 * The WebContainer merges a process's stdout and stderr into one stream and adds ANSI codes. To
 * tell them apart again, the preload marks every stdout line (and each timeline event) with a
 * control prefix no real program prints; an unmarked line came on stderr, which is also where
 * Node itself prints uncaught errors. The host then reads each line back with `readLine`.
 */
import { isTimelineEvent, type TimelineEvent } from "../../timeline/events.ts";

/** Marks a timeline event line; the run's secret key follows (see {@link timelineMark}). */
export const timelineMarker = "\u001eTL";

/**
 * The full mark of a timeline line in one run. The key is made fresh for each run and handed to
 * the preload only, so a program that prints a look-alike line cannot add rows to its own timeline
 * (and so cannot fake an exercise's check).
 */
export function timelineMark(key: string): string {
  return `${timelineMarker}${key}:`;
}
/** Marks a stdout line; the program's clock follows (see {@link timedStdoutMarker}). */
export const stdoutMarker = "\u001eO";
const clockEnd = "\u001f";

/**
 * The mark for stdout written at `atMs` on the program's own clock, the one timeline events use,
 * so output lines sit in the right place on the timeline whatever the container's start-up took.
 */
export function timedStdoutMarker(atMs: number): string {
  return `${stdoutMarker}${atMs.toFixed(1)}${clockEnd}`;
}

const timedStdout = new RegExp(`^${stdoutMarker}(\\d+(?:\\.\\d+)?)${clockEnd}`);

// eslint-disable-next-line no-control-regex -- ANSI escape sequences are exactly what is stripped.
const ansi = /\u001b\[[0-9;?]*[A-Za-z]|\u001b\][^\u0007]*\u0007/g;
// Node names the module by its file URL (or path); sucrase keeps lines, so only the name changes.
const programFile = /(?:file:\/\/)?[^\s()]*\/main-\d+\.mjs|\bmain-\d+\.mjs/g;
// Frames inside Node itself mean nothing to the learner (the browser fallback drops them too).
const internalFrame = /^\s+at\s.*\bnode:internal\//;

/**
 * Prefixes `marker` to each line that starts in `text`. `atLineStart` says whether the previous
 * write ended a line; the result says the same for the next write.
 *
 * @example
 * markLines("a\nb", ">", true); // { text: ">a\n>b", atLineStart: false }
 */
export function markLines(
  text: string,
  marker: string,
  atLineStart: boolean,
): { text: string; atLineStart: boolean } {
  if (text === "") return { text, atLineStart };
  const marked = (atLineStart ? marker : "") + text.replace(/\n(?=.)/gs, `\n${marker}`);
  return { text: marked, atLineStart: text.endsWith("\n") };
}

/** What one line of the merged output is. */
export type OutputLine =
  | { kind: "timeline"; event: TimelineEvent }
  | { kind: "output"; stream: "stdout" | "stderr"; text: string; atMs?: number }
  | { kind: "skip" };

/**
 * Reads one line of the merged output: strips ANSI codes, splits off the marks, names main.ts. Only
 * a timeline line carrying this run's `timelineKey` is read as an event.
 */
export function readLine(raw: string, timelineKey = ""): OutputLine {
  const line = raw.replace(ansi, "").replace(/\r$/, "");
  // A colour reset left over after a line's end carries no text.
  if (line === "" && raw !== "") return { kind: "skip" };
  const mark = timelineMark(timelineKey);
  if (line.startsWith(mark)) {
    let event: unknown;
    try {
      event = JSON.parse(line.slice(mark.length));
    } catch {
      return { kind: "skip" };
    }
    return isTimelineEvent(event) ? { kind: "timeline", event } : { kind: "skip" };
  }
  const timed = timedStdout.exec(line);
  if (timed !== null) {
    return { kind: "output", stream: "stdout", text: line.slice(timed[0].length), atMs: Number(timed[1]) };
  }
  if (line.startsWith(stdoutMarker)) {
    return { kind: "output", stream: "stdout", text: line.slice(stdoutMarker.length) };
  }
  if (internalFrame.test(line)) return { kind: "skip" };
  return { kind: "output", stream: "stderr", text: line.replace(programFile, "main.ts") };
}
