/**
 * What one Run leaves behind, as one object, and the step that gathers it from a host's events.
 * A host reports each printed line once; this step names the line's positions in the learner's
 * TypeScript (through the map the transpile step handed over), passes it on for a live view, and
 * keeps it both as console output and as the timeline's output mark, so the console, the timeline
 * and an exercise's verdict all read the very same lines. Web-standard: the page, the runner check,
 * the contract suite and the unit tests under Node all collect runs here.
 */
import type { SyntaxProblem } from "./transpile/syntax-problem.ts";
import type { OutputMark, TimelineEvent } from "../timeline/events.ts";
import { buildTimeline, type TimelineModel } from "../timeline/model.ts";
import type { ProbeOrder } from "../exercises/probe-program.ts";
import type { PythonProbeOrder } from "../exercises/python-probe.ts";
import type { ExitEvent, HostKind, RunEvent, RunNotice, RunnerHost } from "./types.ts";

/**
 * One printed line, its positions already in the learner's TypeScript. `moreChars` counts what was
 * left off a line past the per-line cap (run-limits.ts); absent when the line is whole.
 */
export type OutputLine = Omit<OutputMark, "type"> & { moreChars?: number };

/** Told to the caller while a run goes, so the page can show each line as it arrives. */
export type RunProgress = { type: "output"; line: OutputLine } | { type: "notice"; key: RunNotice };

/** A run whose program ran (to its end, into the watchdog, or until Stop). */
export interface FinishedRun {
  kind: "finished";
  runtime: HostKind;
  /** The JavaScript the host ran (or, for Python, the Python). */
  javascript: string;
  exit: ExitEvent;
  /** Every printed line, stdout and stderr together, in the order they came. */
  output: OutputLine[];
  /** Lines beyond the cap, counted instead of kept. */
  dropped: number;
  /** Timeline spans beyond the cap, counted instead of kept. */
  droppedSpans: number;
  /** What the timeline recorded, output marks included, in the order it came. */
  timelineEvents: TimelineEvent[];
  /** The timeline drawn from those events, up to the run's end. */
  timeline: TimelineModel;
  /** What an exercise's probe reported, in order (none for a plain run). */
  probeReports: { text: string; atMs: number }[];
  /** What the runtime told the learner about the run, in order (see RunNotice). */
  notices: RunNotice[];
}

/** The whole result of a Run. */
export type RunResult =
  | FinishedRun
  /** The code did not transpile: nothing ran. */
  | { kind: "syntaxError"; message: string; line: number; column: number; problem: SyntaxProblem }
  /** Stopped before any program started (the runtime or transpiler was still loading). */
  | { kind: "cancelled" };

/** A run going on a host. */
export interface CollectingRun {
  /** Ends the program now; the result then says `stopped`. */
  stop(): void;
  /** Resolves once the host has sent its exit. Never rejects. */
  result: Promise<FinishedRun>;
}

/** How to collect one run. */
export interface CollectOptions {
  timeLimitMs: number;
  maxLines: number;
  /** Names positions in the learner's own code; the identity for code that was not transpiled. */
  mapPositions?: (text: string) => string;
  onProgress?: (progress: RunProgress) => void;
  /** An exercise's probe, handed to the host. */
  probe?: ProbeOrder | PythonProbeOrder;
}

/**
 * Runs `javascript` on `host` and gathers everything the run reports into one result.
 *
 * @example
 * const run = collectRun(host, "console.log(1);", { timeLimitMs: 5_000, maxLines: 100 });
 * const { output, exit } = await run.result; // [{ stream: "stdout", text: "1", atMs: … }], code 0
 */
export function collectRun(
  host: RunnerHost<HostKind>,
  javascript: string,
  options: CollectOptions,
): CollectingRun {
  const mapPositions = options.mapPositions ?? ((text: string) => text);
  const output: OutputLine[] = [];
  const timelineEvents: TimelineEvent[] = [];
  const probeReports: FinishedRun["probeReports"] = [];
  const notices: RunNotice[] = [];
  let dropped = 0;
  let droppedSpans = 0;
  const onEvent = (event: RunEvent) => {
    switch (event.type) {
      case "output": {
        const { stream, atMs, moreChars } = event;
        const text = mapPositions(event.text);
        const line: OutputLine = { stream, text, atMs, ...(moreChars === undefined ? {} : { moreChars }) };
        output.push(line);
        timelineEvents.push({ type: "output", stream, text, atMs });
        options.onProgress?.({ type: "output", line });
        break;
      }
      case "timeline":
        // A host's own output mark would count its line twice: the marks come from the lines.
        if (event.event.type !== "output") timelineEvents.push(event.event);
        break;
      case "dropped":
        dropped = event.lines;
        droppedSpans = event.spans ?? 0;
        break;
      case "notice":
        notices.push(event.key);
        options.onProgress?.({ type: "notice", key: event.key });
        break;
      case "check":
        probeReports.push({ text: event.text, atMs: event.atMs });
        break;
      case "exit":
        // The exit resolves the host's `done`, which ends the collection below.
        break;
    }
  };
  const handle = host.run(javascript, {
    timeLimitMs: options.timeLimitMs,
    maxLines: options.maxLines,
    onEvent,
    ...(options.probe === undefined ? {} : { probe: options.probe }),
  });
  const result = handle.done.then((exit): FinishedRun => ({
    kind: "finished",
    runtime: host.kind,
    javascript,
    exit,
    output,
    dropped,
    droppedSpans,
    timelineEvents,
    timeline: buildTimeline(timelineEvents, exit.durationMs),
    probeReports,
    notices,
  }));
  return { stop: () => handle.stop(), result };
}

/** The printed lines of one stream, as text. */
export function linesOf(run: FinishedRun, stream?: OutputLine["stream"]): string[] {
  return run.output.filter((line) => stream === undefined || line.stream === stream).map((line) => line.text);
}
