/**
 * Loaded with `node --import` before each program in the WebContainer: records requests and
 * timers with the same probes as the fallback, writes each event as a marked line, and marks
 * every stdout line so the host can tell stdout from stderr in the container's merged output.
 */
import { installTimelineProbes, type ProbeScope } from "../../timeline/probes.ts";
import { PRACTICE_ORIGIN } from "../playground/handler.ts";
import { markLines, stdoutMarker, timelineMarker } from "./output-marks.ts";
import { isLearnerTimerInNode } from "../../timeline/node-internals.ts";

const write = process.stdout.write.bind(process.stdout);
const startedAt = performance.now();
let atLineStart = true;

installTimelineProbes(globalThis as unknown as ProbeScope, {
  now: () => performance.now() - startedAt,
  emit: (event) => {
    // An event must start its own line, even when the program wrote half a line just before.
    write(`${atLineStart ? "" : "\n"}${timelineMarker}${JSON.stringify(event)}\n`);
    if (!atLineStart) write(stdoutMarker);
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
  const marked = markLines(text, stdoutMarker, atLineStart);
  atLineStart = marked.atLineStart;
  // The encoding argument (if any) is dropped: the text is already decoded.
  const callback = rest.find(
    (argument): argument is (error?: Error | null) => void => typeof argument === "function",
  );
  return write(marked.text, callback);
};
process.stdout.write = markedWrite;
