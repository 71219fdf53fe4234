/**
 * Compares a run's output with a sample's expected output. Timing is never exact, so `≈1.0` in the
 * expected text matches any number within {@link timingTolerance}; everything else must match to
 * the character. Web-standard: the sample tests, the e2e suite and the exercise checks share it.
 */

/** Seconds a timed number may be off: 0.35 s or 15 %, whichever is larger. */
export function timingTolerance(expectedSeconds: number): number {
  return Math.max(0.35, expectedSeconds * 0.15);
}

/**
 * How much later than {@link timingTolerance} a timed number may come when the run shares a loaded
 * machine: 0.5 s plus a quarter of the expected time (or of one step, see {@link LatenessSoFar}).
 * A late timer is the load's doing; an early one, or lines out of order, is the program's.
 * Measured: at a load of 13 on 2 cores, lines were up to 0.7 s late; at 15 to 20, a whole run came
 * 1 to 2 s late from its first request on, each step on time after it.
 */
export function latenessAllowance(expectedSeconds: number): number {
  return 0.5 + expectedSeconds * 0.25;
}

/** How strictly timed numbers are compared. */
export interface CompareOptions {
  /**
   * Let timed numbers come late (never early): for live runs on a machine that is running other
   * things. Off by default: a recorded or learner's run is strict. See {@link LatenessSoFar}.
   */
  allowLateness?: boolean;
}

/**
 * What a live run's earlier timed numbers showed, for the next one. On a loaded machine lateness
 * builds up: a step that starts late ends late, though it took no longer than it should. So a
 * number may be late by {@link latenessAllowance} of its expected time, or by the lateness already
 * seen in the run plus the allowance for its own step (the time since the latest expected number
 * before it), whichever is more. A step that takes far longer than the lesson says (requests one
 * after another instead of together) still fails: only its own step's allowance is added.
 */
export interface LatenessSoFar {
  /** The most any earlier number was late, beyond {@link timingTolerance}, in seconds. */
  carried: number;
  /** The latest expected time among the earlier numbers, in seconds. */
  lastExpected: number;
}

/** The state of a run before its first timed number. */
export function startOfRun(): LatenessSoFar {
  return { carried: 0, lastExpected: 0 };
}

/** How late a number expected at `target` seconds may come, given what the run showed so far. */
function allowedLateness(target: number, soFar: LatenessSoFar): number {
  const step = Math.max(0, target - soFar.lastExpected);
  return Math.max(latenessAllowance(target), soFar.carried + latenessAllowance(step));
}

/** One line that did not match, with both texts, for a readable failure message. */
export interface OutputMismatch {
  /** 1-based line number. */
  line: number;
  expected: string;
  actual: string;
  reason: string;
}

const approximateNumber = /≈(-?\d+(?:\.\d+)?)/g;
const numberPattern = "(-?\\d+(?:\\.\\d+)?)";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Splits output into lines, dropping one trailing newline and carriage returns. */
export function outputLines(text: string): string[] {
  const normalised = text.replace(/\r\n/g, "\n");
  return normalised === "" ? [] : normalised.replace(/\n$/, "").split("\n");
}

/**
 * Matches one actual line against one expected line. Returns the timed numbers read from the
 * actual line, or a reason it does not match. With `allowLateness`, `soFar` is what the run's
 * earlier lines showed (a line alone starts a run); a line that matches updates it.
 */
export function matchLine(
  expected: string,
  actual: string,
  options: CompareOptions = {},
  soFar: LatenessSoFar = startOfRun(),
): { ok: true; timings: number[] } | { ok: false; reason: string } {
  const wanted = [...expected.matchAll(approximateNumber)].map((match) => Number(match[1]));
  const parts = expected.split(approximateNumber).filter((_, index) => index % 2 === 0);
  const pattern = new RegExp(`^${parts.map(escapeRegExp).join(numberPattern)}$`);
  const found = pattern.exec(actual);
  if (found === null) return { ok: false, reason: "the text differs" };
  const timings = found.slice(1).map(Number);
  const seen = { ...soFar };
  for (const [index, value] of timings.entries()) {
    const target = wanted[index] ?? Number.NaN;
    const late = options.allowLateness === true ? allowedLateness(target, seen) : 0;
    if (target - value > timingTolerance(target) || value - target > timingTolerance(target) + late) {
      const reason =
        late > 0 && value > target
          ? `${value} is later than ${target}, even on a loaded machine`
          : `${value} is not close to ${target}`;
      return { ok: false, reason };
    }
    seen.carried = Math.max(seen.carried, value - target - timingTolerance(target));
    seen.lastExpected = Math.max(seen.lastExpected, target);
  }
  Object.assign(soFar, seen);
  return { ok: true, timings };
}

/** Compares whole outputs line by line; an empty list means they match. */
export function compareOutput(
  expectedText: string,
  actualText: string,
  options: CompareOptions = {},
): OutputMismatch[] {
  const expected = outputLines(expectedText);
  const actual = outputLines(actualText);
  const mismatches: OutputMismatch[] = [];
  const soFar = startOfRun();
  for (let index = 0; index < Math.max(expected.length, actual.length); index += 1) {
    const wanted = expected[index];
    const got = actual[index];
    if (wanted === undefined || got === undefined) {
      const reason = wanted === undefined ? "an extra line" : "a missing line";
      mismatches.push({ line: index + 1, expected: wanted ?? "", actual: got ?? "", reason });
      continue;
    }
    const result = matchLine(wanted, got, options, soFar);
    if (!result.ok)
      mismatches.push({ line: index + 1, expected: wanted, actual: got, reason: result.reason });
  }
  return mismatches;
}

/**
 * Reads the timed numbers of an output that matches `expectedText`, in order, and the lateness
 * the run built up (0 unless `allowLateness`).
 */
export function readTimings(
  expectedText: string,
  actualText: string,
  options: CompareOptions = {},
): { timings: number[]; carriedLateness: number } {
  const expected = outputLines(expectedText);
  const soFar = startOfRun();
  const timings = outputLines(actualText).flatMap((line, index) => {
    const result = matchLine(expected[index] ?? "", line, options, soFar);
    return result.ok ? result.timings : [];
  });
  return { timings, carriedLateness: options.allowLateness === true ? soFar.carried : 0 };
}

/** Formats mismatches as a short multi-line report. */
export function describeMismatches(mismatches: readonly OutputMismatch[]): string {
  return mismatches
    .map((m) => `line ${m.line}: ${m.reason}\n  expected: ${m.expected}\n  actual:   ${m.actual}`)
    .join("\n");
}
