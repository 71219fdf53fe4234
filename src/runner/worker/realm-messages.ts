/**
 * The messages between the runtime (a worker the page trusts) and the learner's realm (a worker
 * nested in it, where the program runs). The learner's realm holds nothing of the runtime's: not
 * its port to the page, not its clock, not the practice server. Whatever it says may be forged by
 * the program, so the runtime reads each message through `readLearnerMessage` and stamps times
 * with its own clock.
 */
import type { TimelineEvent } from "../../timeline/events.ts";

type Fields = Partial<Record<string, unknown>>;

/** A request the learner's `fetch` asks the runtime to serve. */
export interface FetchOrder {
  type: "fetch";
  id: number;
  url: string;
  method: string;
  headers: [string, string][];
  body: ArrayBuffer | null;
}

/** What the learner's realm tells the runtime. */
export type LearnerMessage =
  /** A line as the realm kept it; `moreChars` counts what it cut off the end. */
  | { type: "output"; stream: "stdout" | "stderr"; text: string; moreChars: number }
  /** Lines and spans the realm left out once its own budget ran out (see learner-realm.worker.ts). */
  | { type: "dropped"; lines: number; spans: number }
  /** A timer or task span; checked and stamped where the runtime receives it. */
  | { type: "timeline"; event: TimelineEvent | Fields }
  | { type: "uncaught" }
  | { type: "exit"; code: 0 | 1 | 13 }
  /** A fact the exercise's probe reported, through the realm's own port (probe-kit.ts). */
  | { type: "check"; text: string }
  | FetchOrder
  | { type: "fetch-abort"; id: number }
  /** The answer to a ping: the realm's thread is still taking turns (see runtime.worker.ts). */
  | { type: "pong" };

/** What the runtime tells the learner's realm about one request. */
export type FetchReply =
  | { type: "response"; id: number; status: number; statusText: string; headers: [string, string][] }
  | { type: "failed"; id: number; message: string }
  | { type: "chunk"; id: number; bytes: Uint8Array }
  | { type: "end"; id: number };

/** What the runtime sends the learner's realm once it runs: replies to requests, and pings. */
export type RealmOrder =
  | FetchReply
  /** Asks whether the realm's thread still takes turns; it answers with a pong. */
  | { type: "ping" };

/** The order that starts a program in the learner's realm. */
export interface LearnerStart {
  type: "start";
  code: string;
  maxLines: number;
  /** An exercise's probe, run once the program's module has run, and this run's words. */
  probe?: { javascript: string; words: string[] } | undefined;
}

/** Whether `value` is a probe order as the page sends it (the runtime and the realm both ask). */
export function isProbeOrder(value: unknown): value is LearnerStart["probe"] {
  if (value === undefined) return true;
  if (!isObject(value)) return false;
  const { javascript, words } = value;
  return (
    typeof javascript === "string" && Array.isArray(words) && words.every((word) => typeof word === "string")
  );
}

const isObject = (value: unknown): value is Fields => typeof value === "object" && value !== null;
const isId = (value: unknown): value is number => typeof value === "number" && Number.isSafeInteger(value);
const isCount = (value: unknown): value is number => isId(value) && value >= 0;

function isHeaderList(value: unknown): value is [string, string][] {
  return (
    Array.isArray(value) &&
    value.every(
      (pair) => Array.isArray(pair) && pair.length === 2 && pair.every((part) => typeof part === "string"),
    )
  );
}

/**
 * Returns the message if it has a shape the runtime acts on, or undefined. Times and labels of
 * timeline events are checked later, where the runtime stamps them.
 */
export function readLearnerMessage(value: unknown): LearnerMessage | undefined {
  if (!isObject(value)) return undefined;
  switch (value["type"]) {
    case "output": {
      const { stream, text, moreChars = 0 } = value;
      if ((stream !== "stdout" && stream !== "stderr") || typeof text !== "string" || !isCount(moreChars))
        return undefined;
      return { type: "output", stream, text, moreChars };
    }
    case "dropped": {
      const { lines, spans } = value;
      return isCount(lines) && isCount(spans) ? { type: "dropped", lines, spans } : undefined;
    }
    case "timeline":
      return isObject(value["event"]) ? { type: "timeline", event: value["event"] } : undefined;
    case "uncaught":
      return { type: "uncaught" };
    case "check":
      return typeof value["text"] === "string" ? { type: "check", text: value["text"] } : undefined;
    case "exit": {
      const code = value["code"];
      return code === 0 || code === 1 || code === 13 ? { type: "exit", code } : undefined;
    }
    case "fetch": {
      const { id, url, method, headers, body } = value;
      if (!isId(id) || typeof url !== "string" || typeof method !== "string" || !isHeaderList(headers))
        return undefined;
      if (body !== null && !(body instanceof ArrayBuffer)) return undefined;
      return { type: "fetch", id, url, method, headers, body };
    }
    case "fetch-abort":
      return isId(value["id"]) ? { type: "fetch-abort", id: value["id"] } : undefined;
    case "pong":
      return { type: "pong" };
    default:
      return undefined;
  }
}
