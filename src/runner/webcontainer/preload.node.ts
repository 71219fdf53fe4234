/**
 * Loaded with `node --import` before each program in the WebContainer: records requests and
 * timers with the same probes as the fallback, writes each event as a marked line, and marks
 * every stdout line so the host can tell stdout from stderr in the container's merged output.
 */
import { installTimelineProbes, type ProbeScope } from "../../timeline/probes.ts";
import { PRACTICE_ORIGIN } from "../playground/handler.ts";
import { inspect } from "node:util";
import { markLines, timedStdoutMarker, timelineMark } from "./output-marks.ts";
import { uncaughtReport } from "../uncaught-report.ts";
import { isLearnerTimerInNode } from "../../timeline/node-internals.ts";

const write = process.stdout.write.bind(process.stdout);
// The run's timeline key, taken out of the environment before the program can read it.
const mark = timelineMark(process.env["ASYNC_TOUR_TIMELINE_KEY"] ?? "");
delete process.env["ASYNC_TOUR_TIMELINE_KEY"];
const startedAt = performance.now();
const now = () => performance.now() - startedAt;
let atLineStart = true;

installTimelineProbes(globalThis as unknown as ProbeScope, {
  now,
  emit: (event) => {
    // An event must start its own line, even when the program wrote half a line just before.
    write(`${atLineStart ? "" : "\n"}${mark}${JSON.stringify(event)}\n`);
    if (!atLineStart) write(timedStdoutMarker(now()));
  },
  practiceOrigin: PRACTICE_ORIGIN,
  isLearnerTimer: isLearnerTimerInNode,
});

const decoder = new TextDecoder();
const markedWrite = (chunk: unknown, ...rest: unknown[]): boolean => {
  const text =
    typeof chunk === "string"
      ? chunk
      : decoder.decode(chunk instanceof Uint8Array ? chunk : new Uint8Array(), { stream: true });
  const marked = markLines(text, timedStdoutMarker(now()), atLineStart);
  atLineStart = marked.atLineStart;
  // The encoding argument (if any) is dropped: the text is already decoded.
  const callback = rest.find(
    (argument): argument is (error?: Error | null) => void => typeof argument === "function",
  );
  return write(marked.text, callback);
};
process.stdout.write = markedWrite;

/**
 * Uncaught errors and unhandled rejections are reported as the browser runtime reports them: the
 * stack alone, exit code 1. Node's own report adds the JavaScript source line, a caret and its
 * version, which point at the transpiled file rather than the learner's TypeScript.
 */
function reportUncaught(error: unknown): void {
  process.stderr.write(`${uncaughtReport(error, (value) => inspect(value))}\n`);
  process.exit(1);
}
process.on("uncaughtException", reportUncaught);
process.on("unhandledRejection", reportUncaught);
