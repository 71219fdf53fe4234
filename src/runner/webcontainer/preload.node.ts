/**
 * Loaded with `node --import` before each program in the WebContainer. It records requests and
 * timers with the same probes as the built-in runtime, and sends everything the program writes to
 * stdout or stderr, each timeline event and, when the program ends, an end record, as frames
 * (output-frames.ts) on stdout: the container merges both streams into one pty and splits it
 * anywhere, and the frames survive that, in order, with the program's own clock.
 */
import { installTimelineProbes, type ProbeScope } from "../../timeline/probes.ts";
import { PRACTICE_ORIGIN } from "../practice-server/handler.ts";
import { inspect } from "node:util";
import { encodeFrame, type FrameRecord } from "./output-frames.ts";
import { uncaughtReport } from "../uncaught-report.ts";
import { isLearnerTimerInNode } from "../../timeline/node-internals.ts";
import { createSpanBudget, runBounds } from "../run-limits.ts";
import { createWriteBudget } from "./write-budget.ts";
import { captureProbeKit } from "../../exercises/probe-kit.ts";
import { runProbe } from "../../exercises/probe-program.ts";
import { pathToFileURL } from "node:url";

const writeStdout = process.stdout.write.bind(process.stdout);
// The run's key, taken out of the environment before the program can read it.
const key = process.env["ASYNC_TOUR_RUN_KEY"] ?? "";
delete process.env["ASYNC_TOUR_RUN_KEY"];
// An exercise's probe and its words, taken out of the environment the same way.
const probeFile = process.env["ASYNC_TOUR_PROBE"];
const probeWords = JSON.parse(process.env["ASYNC_TOUR_WORDS"] ?? "[]") as string[];
delete process.env["ASYNC_TOUR_PROBE"];
delete process.env["ASYNC_TOUR_WORDS"];
const clock = performance.now.bind(performance);
const startedAt = clock();
const now = () => clock() - startedAt;
// Every frame goes out through the one stream, so the order of all records is kept.
const send = (record: FrameRecord) => writeStdout(encodeFrame(key, record));
// Captured before the program runs; its reports are frames with the run's key, never output.
const kit = captureProbeKit({
  words: probeWords,
  report: (text) => send({ kind: "check", text, atMs: now() }),
});

// Bounded before framing: every frame is decoded on the page's main thread (run-limits.ts).
const writes = createWriteBudget(runBounds);
const spans = createSpanBudget(runBounds.maxTimelineSpans);

installTimelineProbes(globalThis as unknown as ProbeScope, {
  now,
  emit: (event) => {
    if (spans.keep(event)) send({ kind: "timeline", event });
  },
  practiceOrigin: PRACTICE_ORIGIN,
  isLearnerTimer: () => isLearnerTimerInNode(/\bmain-\d+\.mjs\b/),
  minTimerMs: 0,
});

type Write = typeof process.stdout.write;

/** A `write` for `stream` that frames the text instead of writing it raw. */
function framedWrite(stream: "stdout" | "stderr"): Write {
  const decoder = new TextDecoder();
  return (chunk: unknown, ...rest: unknown[]): boolean => {
    const text =
      typeof chunk === "string"
        ? chunk
        : decoder.decode(chunk instanceof Uint8Array ? chunk : new Uint8Array(), { stream: true });
    // The encoding argument (if any) is dropped: the text is already decoded.
    const callback = rest.find(
      (argument): argument is (error?: Error | null) => void => typeof argument === "function",
    );
    const pieces = text === "" ? [] : writes.take(stream, text);
    if (pieces.length === 0) {
      callback?.();
      return true;
    }
    const atMs = now();
    // A loop, not map and join: a frame holds the run's key, and a program that replaced
    // Array.prototype.map or join would be handed every frame (and the key) to read.
    let frames = "";
    for (let index = 0; index < pieces.length; index += 1) {
      const piece = pieces[index];
      if (piece === undefined) continue;
      const { text: part, moreChars } = piece;
      frames += encodeFrame(key, {
        kind: "output",
        stream,
        atMs,
        text: part,
        ...(moreChars > 0 ? { moreChars } : {}),
      });
    }
    return writeStdout(frames, callback);
  };
}
process.stdout.write = framedWrite("stdout");
process.stderr.write = framedWrite("stderr");

// The end record. Written through the same stream as the output, it cannot overtake any of it;
// the host waits for it after the process's exit (with a short grace, should it never come).
process.on("exit", (code) => {
  if (writes.droppedLines > 0 || spans.droppedSpans > 0)
    send({ kind: "dropped", lines: writes.droppedLines, spans: spans.droppedSpans });
  send({ kind: "end", atMs: now(), code });
});

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

// An exercise: run the program's module from here, then the probe. Node then finds the module
// already run, and does not run it again.
const main = process.argv[1];
if (probeFile !== undefined && main !== undefined) {
  try {
    const program = (await import(pathToFileURL(main).href)) as Record<string, unknown>;
    await runProbe(program, (await import(pathToFileURL(probeFile).href)) as { default?: unknown }, kit);
  } catch (error) {
    reportUncaught(error);
  }
}
