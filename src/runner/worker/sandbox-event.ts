/**
 * The page's check on everything the sandbox says. Learner code shares a thread with the runtime,
 * so a message from the sandbox is treated as hostile input: it must have the shape of a run event,
 * its texts must be strings, its times are clamped to what is possible (finite, from 0 to the run's
 * elapsed time on the page's own clock), and counts are bounded. A malformed event is dropped.
 */
import type { TimelineEvent } from "../../timeline/events.ts";
import type { ExitReason, RunEvent, RunNotice } from "../types.ts";
import { runBounds } from "../run-limits.ts";

/** What the relay may report: a run event, or the worker failing to start. */
export type SandboxEvent = RunEvent | { type: "crash"; message: string };

const notices: readonly RunNotice[] = ["runtimeRestarted", "nodeOnly", "sandboxDied", "programSilent"];
const reasons: readonly ExitReason[] = ["finished", "error"];
const spanKinds = ["request", "timer", "task"] as const;
const outcomes = ["ok", "error", "cancelled"] as const;
/** Longer ids and labels are cut: a row's label is read at a glance. */
const maxLabelLength = 500;

type Fields = Partial<Record<string, unknown>>;

const isObject = (value: unknown): value is Fields => typeof value === "object" && value !== null;

/** A time the page can draw: finite, not before the run began, not after now. */
export function clampTime(value: unknown, elapsedMs: number): number | undefined {
  if (typeof value !== "number" || Number.isNaN(value)) return undefined;
  return Math.min(Math.max(value, 0), Math.max(elapsedMs, 0));
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return allowed.find((item) => item === value);
}

const shortText = (value: unknown): string | undefined =>
  typeof value === "string" ? value.slice(0, maxLabelLength) : undefined;

function timelineEvent(value: unknown, elapsedMs: number): TimelineEvent | undefined {
  if (!isObject(value)) return undefined;
  const atMs = clampTime(value["atMs"], elapsedMs);
  if (atMs === undefined) return undefined;
  if (value["type"] === "span-start") {
    const [id, label] = [shortText(value["id"]), shortText(value["label"])];
    const kind = oneOf(value["kind"], spanKinds);
    if (id === undefined || label === undefined || kind === undefined) return undefined;
    return { type: "span-start", id, kind, label, atMs };
  }
  if (value["type"] === "span-end") {
    const id = shortText(value["id"]);
    const outcome = oneOf(value["outcome"], outcomes);
    if (id === undefined || outcome === undefined) return undefined;
    const detail = shortText(value["detail"]);
    return detail === undefined
      ? { type: "span-end", id, atMs, outcome }
      : { type: "span-end", id, atMs, outcome, detail };
  }
  // Output marks come from output events (run-result.ts), never from the sandbox directly.
  return undefined;
}

/**
 * Returns the event as the page may use it, or undefined when it is not one.
 *
 * @example
 * validateSandboxEvent({ type: "output", stream: "stdout", text: "hi", atMs: Infinity }, 120)
 * // { type: "output", stream: "stdout", text: "hi", atMs: 120 }
 */
export function validateSandboxEvent(value: unknown, elapsedMs: number): SandboxEvent | undefined {
  if (!isObject(value)) return undefined;
  switch (value["type"]) {
    case "output": {
      const stream = oneOf(value["stream"], ["stdout", "stderr"] as const);
      const atMs = clampTime(value["atMs"], elapsedMs);
      const text = value["text"];
      if (stream === undefined || atMs === undefined || typeof text !== "string") return undefined;
      // How much of a huge line was left out (run-limits.ts): a count, so only a sane one is kept.
      const moreChars = value["moreChars"];
      return typeof moreChars === "number" && Number.isSafeInteger(moreChars) && moreChars > 0
        ? { type: "output", stream, text, atMs, moreChars }
        : { type: "output", stream, text, atMs };
    }
    case "timeline": {
      const event = timelineEvent(value["event"], elapsedMs);
      return event === undefined ? undefined : { type: "timeline", event };
    }
    case "dropped": {
      const count = (key: string) => {
        const raw = value[key];
        return typeof raw === "number" && Number.isSafeInteger(raw) && raw > 0 ? raw : 0;
      };
      const [lines, spans] = [count("lines"), count("spans")];
      if (lines === 0 && spans === 0) return undefined;
      return spans > 0 ? { type: "dropped", lines, spans } : { type: "dropped", lines };
    }
    case "notice": {
      const key = oneOf(value["key"], notices);
      return key === undefined ? undefined : { type: "notice", key };
    }
    case "exit": {
      const code = value["code"];
      const reason = oneOf(value["reason"], reasons);
      const durationMs = clampTime(value["durationMs"], elapsedMs);
      if (typeof code !== "number" || !Number.isInteger(code) || code < 0 || code > 255) return undefined;
      if (reason === undefined || durationMs === undefined) return undefined;
      return { type: "exit", code, reason, durationMs };
    }
    case "check": {
      // An exercise probe's report, clipped like a line of output.
      const atMs = clampTime(value["atMs"], elapsedMs);
      const text = value["text"];
      if (atMs === undefined || typeof text !== "string") return undefined;
      return { type: "check", text: text.slice(0, runBounds.maxLineChars), atMs };
    }
    case "crash": {
      const message = shortText(value["message"]);
      return message === undefined ? undefined : { type: "crash", message };
    }
    default:
      return undefined;
  }
}
