/**
 * Every bound a run is held to, in one place: how many lines, how long a line, how much text in
 * all, how many timeline spans, how many rows are drawn, and how long a run may take. A program
 * is hostile until proven otherwise, so whatever it sends is clipped and counted here before the
 * page spends time on it. Web-standard: the page, the built-in runtime and the WebContainer's
 * preload all use it.
 */

/** The bounds, as numbers. */
export const runBounds = {
  /** Output lines kept per run; later ones are dropped and counted. */
  maxLines: 5_000,
  /** Characters kept of one line; the rest is counted ("… N more characters"). */
  maxLineChars: 4_096,
  /** Characters of output kept per run, all lines together; lines past it are dropped. */
  maxRunChars: 2_000_000,
  /** Timeline spans (requests, timers, tasks) kept per run; later ones are dropped and counted. */
  maxTimelineSpans: 10_000,
  /** Bars the timeline draws; the rest are summed up as "N more". */
  maxRowsDrawn: 500,
  /** Rows the timeline's table holds. */
  maxTableRows: 2_000,
  /** The watchdog's default. */
  defaultTimeLimitMs: 30_000,
  /** A shorter setting is taken for a typo, not a wish: it would stop nearly every run. */
  minTimeLimitMs: 500,
  /** Timers overflow at 2^31 ms and fire at once; the setting is held just below. */
  maxTimeLimitMs: 2 ** 31 - 1,
} as const;

/** A time-limit setting made usable, and whether it had to be changed. */
export interface TimeLimit {
  ms: number;
  /** `default` when the setting was unusable (not a number, or under the minimum); `clamped` when too long. */
  adjusted: "no" | "default" | "clamped";
}

/**
 * Makes a learner's time-limit setting safe for `setTimeout`.
 *
 * @example
 * clampTimeLimit(2 ** 31); // { ms: 2147483647, adjusted: "clamped" }
 * clampTimeLimit(Number.NaN); // { ms: 30000, adjusted: "default" }
 */
export function clampTimeLimit(setting: number): TimeLimit {
  if (Number.isNaN(setting) || setting < runBounds.minTimeLimitMs)
    return { ms: runBounds.defaultTimeLimitMs, adjusted: "default" };
  if (setting > runBounds.maxTimeLimitMs) return { ms: runBounds.maxTimeLimitMs, adjusted: "clamped" };
  return { ms: setting, adjusted: "no" };
}

/** A line cut to size: what is kept and how many characters were left off. */
export interface ClippedLine {
  text: string;
  moreChars: number;
}

/**
 * Cuts `text` to `maxChars` characters, never splitting a surrogate pair.
 *
 * @example clipLine("abcdef", 4); // { text: "abcd", moreChars: 2 }
 */
export function clipLine(text: string, maxChars: number = runBounds.maxLineChars): ClippedLine {
  if (text.length <= maxChars) return { text, moreChars: 0 };
  let end = maxChars;
  const last = text.charCodeAt(end - 1);
  // A high surrogate at the cut would leave half a character.
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return { text: text.slice(0, end), moreChars: text.length - end };
}

/** The limits an output budget keeps to. */
export interface OutputLimits {
  maxLines: number;
  maxLineChars: number;
  maxRunChars: number;
}

/** Lines kept so far, and what was left out. */
export interface OutputBudget {
  /** Clips a line to fit, or returns undefined when it is dropped (and counted). */
  take(text: string): ClippedLine | undefined;
  /** Lines dropped so far. */
  readonly droppedLines: number;
}

/**
 * Counts a run's output against its limits.
 *
 * @example
 * const budget = createOutputBudget({ maxLines: 1, maxLineChars: 3, maxRunChars: 100 });
 * budget.take("hello"); // { text: "hel", moreChars: 2 }
 * budget.take("again"); // undefined; budget.droppedLines === 1
 */
export function createOutputBudget(limits: OutputLimits): OutputBudget {
  let linesLeft = limits.maxLines;
  let charsLeft = limits.maxRunChars;
  let dropped = 0;
  return {
    take(text) {
      if (linesLeft <= 0 || charsLeft <= 0) {
        dropped += 1;
        return undefined;
      }
      const line = clipLine(text, Math.min(limits.maxLineChars, charsLeft));
      linesLeft -= 1;
      charsLeft -= line.text.length;
      return line;
    },
    get droppedLines() {
      return dropped;
    },
  };
}

/** Timeline spans kept so far, and how many were left out. */
export interface SpanBudget {
  /** Whether an event of span `id` is kept: its start if there is room, its end if its start was. */
  keep(event: { type: string; id?: string }): boolean;
  readonly droppedSpans: number;
}

/**
 * Counts a run's timeline spans against `maxSpans`. Output marks are not spans: they pass (the
 * output budget bounds them).
 */
export function createSpanBudget(maxSpans: number = runBounds.maxTimelineSpans): SpanBudget {
  // A record with no prototype, not a Set: in the learner's realm and the container's preload this
  // runs after the program, which may replace Set.prototype's `size` or `has` to hide its rows.
  const kept = Object.create(null) as Record<string, true | undefined>;
  let count = 0;
  let dropped = 0;
  return {
    keep(event) {
      if (event.type === "span-start") {
        const id = `${event.id}`;
        if (kept[id] === true) return true;
        if (count >= maxSpans) {
          dropped += 1;
          return false;
        }
        kept[id] = true;
        count += 1;
        return true;
      }
      if (event.type === "span-end") return kept[`${event.id}`] === true;
      return true;
    },
    get droppedSpans() {
      return dropped;
    },
  };
}
