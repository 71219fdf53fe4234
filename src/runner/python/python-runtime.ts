/**
 * One booted Python interpreter (Pyodide) that runs learner programs as `python main.py` would, with
 * aiohttp and the practice server on a loopback network. Web-standard: the sandboxed worker
 * (python.worker.ts) and the Node test suite boot it the same way, so the tests prove what the
 * page runs. Each run reports through one callback; nothing here is reachable from Python's `js`
 * module except the practice handler, which learner code may call anyway over HTTP.
 */
import type { PyodideAPI } from "pyodide";
import { createPracticeHandler, type PracticeTimers } from "../practice-server/handler.ts";
import { createPracticeExchange } from "./practice-exchange.ts";
import { createOutputBudget, runBounds, type OutputBudget } from "../run-limits.ts";
import type { SpanEnd, SpanStart } from "../../timeline/events.ts";
import type { PythonProbeOrder } from "../../exercises/python-probe.ts";
import { createSpanRecorder, type PythonSpanFunctions } from "./python-timeline.ts";
import { createMemoryLimit, pythonMemoryLimitBytes, type ModuleFactory } from "./python-memory-limit.ts";

/** A Python function JavaScript calls so that its event loop may suspend on JSPI. */
interface PythonCall {
  callPromising(...args: unknown[]): Promise<number>;
}

/** A report longer than any probe's line is cut: a check compares short sentences. */
const maxReportChars = 1_000;

/** Where Python's site-packages live inside Pyodide 314 (CPython 3.14). */
export const sitePackagesDirectory = "/lib/python3.14/site-packages";

/** aiohttp and its dependencies use their pure-Python code: there are no C extensions here. */
export const pureInstallEnvironment = {
  AIOHTTP_NO_EXTENSIONS: "1",
  MULTIDICT_NO_EXTENSIONS: "1",
  YARL_NO_EXTENSIONS: "1",
  FROZENLIST_NO_EXTENSIONS: "1",
  PROPCACHE_NO_EXTENSIONS: "1",
} as const;

/**
 * What a run reports: printed lines (one per line, with their time), its timeline's requests,
 * timers and named tasks (python-timeline.ts), what the caps left out, and how it ended.
 */
export type PythonRunEvent =
  | { type: "output"; stream: "stdout" | "stderr"; text: string; atMs: number; moreChars?: number }
  | { type: "timeline"; event: SpanStart | SpanEnd }
  /** A fact the exercise's probe reported (probe_kit.py's `kit.report`), never through output. */
  | { type: "check"; text: string; atMs: number }
  | { type: "dropped"; lines: number; spans?: number }
  | {
      type: "exit";
      code: number;
      reason: "finished" | "error";
      durationMs: number;
      /** The program ended the interpreter itself (`os._exit`, a fatal signal): it cannot run again. */
      interpreterEnded?: true;
      /**
       * The program asked for more memory than Python may have (python-memory-limit.ts): the heap
       * is now near the limit, and stays there until a fresh interpreter replaces this one.
       */
      memoryLimitReached?: true;
    };

/** How to run one program. */
export interface PythonRunOptions {
  maxLines: number;
  onEvent: (event: PythonRunEvent) => void;
  /** An exercise's probe.py, this run's words and the names of the learner's functions it gets. */
  probe?: PythonProbeOrder;
}

/** What the booted interpreter says about itself, for the page's version line. */
export interface PythonVersions {
  python: string;
  pyodide: string;
  aiohttp: string;
}

/** A booted interpreter. */
export interface PythonRuntime {
  readonly versions: PythonVersions;
  /**
   * Runs `code` as main.py, then an exercise's `probe` (if any) on the functions it names;
   * resolves when both have ended (the exit event already sent).
   */
  run(code: string, options: PythonRunOptions): Promise<void>;
}

/**
 * The wrapper the page's loader gives: either Pyodide's own `loadPyodide`, or one with its files in
 * hand. It must build Pyodide's module with the factory `limitFactory` makes of Pyodide's own
 * (`createPyodideModule`), which holds Python's memory to its limit.
 */
export type LoadPyodide = (options: {
  env: Record<string, string>;
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  limitFactory: (factory: ModuleFactory) => ModuleFactory;
}) => Promise<PyodideAPI>;

/** Everything a boot needs. */
export interface BootOptions {
  loadPyodide: LoadPyodide;
  /** The build's site-packages zip: aiohttp, its dependencies and the `pagepython` helpers. */
  sitePackagesZip: Uint8Array;
  /** The practice handler's timers, bound to their global (browsers throw when they are not). */
  timers: PracticeTimers;
  /** The most memory Python may have; pythonMemoryLimitBytes unless a test wants less. */
  memoryLimitBytes?: number;
}

/**
 * Boots an interpreter: loads Pyodide, unpacks aiohttp, installs the loopback network and the
 * CPython shims, and imports aiohttp so the first request of a run is fast.
 */
export async function bootPython(options: BootOptions): Promise<PythonRuntime> {
  const memory = createMemoryLimit(options.memoryLimitBytes ?? pythonMemoryLimitBytes);
  const pyodide = await options.loadPyodide({
    env: { ...pureInstallEnvironment },
    // Pyodide's own start-up chatter is nobody's output.
    stdout: () => undefined,
    stderr: () => undefined,
    limitFactory: memory.limitFactory,
  });
  memory.takeRefusal(); // what the boot asked for is no run's
  pyodide.unpackArchive(options.sitePackagesZip, "zip", { extractDir: sitePackagesDirectory });
  const handler = createPracticeHandler({ timers: options.timers });
  const spans = createSpanRecorder();
  pyodide.registerJsModule("_practice_bridge", {
    exchange: createPracticeExchange(handler, (method, target) => spans.request(method, target)),
  });
  const output = createOutputSink();
  const write = (stream: "stdout" | "stderr") => ({
    write: (buffer: Uint8Array) => {
      output.write(stream, buffer);
      return buffer.length;
    },
  });
  pyodide.setStdout(write("stdout"));
  pyodide.setStderr(write("stderr"));
  const versions = JSON.parse(
    String(
      pyodide.runPython(`
import json, sys, warnings
import aiohttp, aiohttp.web, aiohttp.test_utils
from pagepython import loopback, shims
loopback.install()
loopback.patch_test_utils()
shims.install()
json.dumps({"python": sys.version.split()[0], "aiohttp": aiohttp.__version__})
`),
    ),
  ) as { python: string; aiohttp: string };
  // Handed over as arguments, never as a module: Python keeps them only in the wrappers' closures.
  const { install: installTimeline } = pyodide.pyimport("pagepython.timeline") as {
    install: (
      startTimer: PythonSpanFunctions["startTimer"],
      startTask: PythonSpanFunctions["startTask"],
      endSpan: PythonSpanFunctions["endSpan"],
    ) => void;
  };
  installTimeline(spans.python.startTimer, spans.python.startTask, spans.python.endSpan);
  // Both kept here only: probe_run.install() hands them to JavaScript and keeps them nowhere in Python.
  const { install: installProbeRun } = pyodide.pyimport("pagepython.probe_run") as {
    install: () => { get(index: 0 | 1): PythonCall };
  };
  const runners = installProbeRun();
  const runMain = runners.get(0);
  const runProbe = runners.get(1);
  return {
    versions: { ...versions, pyodide: pyodide.version },
    async run(code, { maxLines, onEvent, probe }) {
      const startedAt = performance.now();
      memory.takeRefusal();
      // The probe's only way out: a function of this run, handed to Python with the probe alone.
      let reporting = true;
      const report = (text: unknown) => {
        if (!reporting) return;
        const atMs = performance.now() - startedAt;
        onEvent({ type: "check", text: String(text).slice(0, maxReportChars), atMs });
      };
      output.begin(maxLines, startedAt, onEvent);
      spans.begin(startedAt, (event) => onEvent({ type: "timeline", event }));
      let exitCode: number;
      let interpreterEnded = false;
      try {
        exitCode = await runMain.callPromising(code);
        // As in TypeScript, the probe runs only after a program that ended well.
        if (exitCode === 0 && probe !== undefined)
          exitCode = await runProbe.callPromising(probe.python, [...probe.words], [...probe.calls], report);
      } catch (error) {
        // Only the interpreter's own end or fault lands here: run_main prints the program's errors.
        output.flush();
        const status = processExitStatus(error);
        interpreterEnded = status !== undefined;
        if (status === undefined)
          output.line("stderr", error instanceof Error ? error.message : String(error));
        exitCode = status ?? 1;
      }
      reporting = false;
      const lines = output.end();
      const droppedSpans = spans.end();
      if (lines > 0 || droppedSpans > 0)
        onEvent({ type: "dropped", lines, ...(droppedSpans > 0 ? { spans: droppedSpans } : {}) });
      onEvent({
        type: "exit",
        code: exitCode,
        reason: exitCode === 0 ? "finished" : "error",
        durationMs: performance.now() - startedAt,
        ...(interpreterEnded ? { interpreterEnded: true as const } : {}),
        ...(memory.takeRefusal() ? { memoryLimitReached: true as const } : {}),
      });
    },
  };
}

/**
 * The exit status when `error` is the interpreter's process ending, as `python main.py` would exit
 * with it: `os._exit(3)` gives 3, a SIGTERM with no handler 143. Pyodide throws an Error named
 * "Exit" with the status (Emscripten's own is named "ExitStatus").
 */
export function processExitStatus(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const { name, status } = error as { name?: unknown; status?: unknown };
  return (name === "Exit" || name === "ExitStatus") && typeof status === "number" ? status : undefined;
}

/**
 * Turns Python's byte writes into whole lines with their times, held to the run's output budget
 * (run-limits.ts, the one every runtime keeps to): lines past the cap are counted, long ones clipped.
 */
function createOutputSink() {
  const decoders = { stdout: new TextDecoder(), stderr: new TextDecoder() };
  const pending = { stdout: "", stderr: "" };
  let onEvent: (event: PythonRunEvent) => void = () => undefined;
  let startedAt = 0;
  let budget: OutputBudget = createOutputBudget({ ...runBounds, maxLines: 0 });
  const line = (stream: "stdout" | "stderr", text: string) => {
    const kept = budget.take(text);
    if (kept === undefined) return;
    const atMs = performance.now() - startedAt;
    onEvent({
      type: "output",
      stream,
      text: kept.text,
      atMs,
      ...(kept.moreChars > 0 ? { moreChars: kept.moreChars } : {}),
    });
  };
  const flush = () => {
    for (const stream of ["stdout", "stderr"] as const) {
      const rest = pending[stream] + decoders[stream].decode();
      pending[stream] = "";
      if (rest !== "") line(stream, rest);
    }
  };
  return {
    line,
    flush,
    begin(maxLines: number, at: number, listener: (event: PythonRunEvent) => void) {
      onEvent = listener;
      startedAt = at;
      budget = createOutputBudget({ ...runBounds, maxLines });
    },
    write(stream: "stdout" | "stderr", buffer: Uint8Array) {
      pending[stream] += decoders[stream].decode(buffer, { stream: true });
      const lines = pending[stream].split("\n");
      pending[stream] = lines.pop() ?? "";
      for (const text of lines) line(stream, text);
    },
    /** Sends what is left and stops; returns how many lines the budget left out. */
    end(): number {
      flush();
      onEvent = () => undefined;
      return budget.droppedLines;
    },
  };
}
