/**
 * The in-browser fallback's runtime, run as a classic Worker inside a sandboxed iframe (opaque
 * origin: no access to the site's storage, cookies or DOM). It serves the practice server
 * in-process, captures the console, records the timeline, and reports when the program is done:
 * when its module has finished and no timer, request or socket is pending, as Node would exit.
 * Bundled on its own into public/runner/runtime.js by scripts/build-runtime.node.ts.
 */
import { PRACTICE_ORIGIN, createPracticeHandler, type PracticeTimers } from "../practice-server/handler.ts";
import type { TimelineEvent } from "../../timeline/events.ts";
import { installTimelineProbes, type ProbeScope } from "../../timeline/probes.ts";
import { formatConsoleArgs, mapStack } from "./console-format.ts";
import { createPracticeFetch } from "./practice-fetch.ts";
import { createPracticeWebSocket } from "./practice-websocket.ts";
import { createNodeModules, nodeModulesSlot, resolveNodeImports } from "./node-modules.ts";
import { nodeOnlyImports } from "../node-only-modules.ts";
import { uncaughtReport } from "../uncaught-report.ts";
import type { RunEvent } from "../types.ts";

interface StartMessage {
  type: "start";
  code: string;
  maxLines: number;
}

const scope = globalThis as unknown as Record<string, unknown> & ProbeScope;
// Taken before any learner code runs, so a program that replaces `performance.now` or
// `MessagePort.prototype.postMessage` changes neither the runtime's clock nor its channel.
const { apply } = Reflect;
const postOnPort = MessagePort.prototype.postMessage as (this: MessagePort, message: unknown) => void;
const clock = performance.now.bind(performance);
/** The relay's private port, handed over with the start message; learner code never sees it. */
let port: MessagePort | undefined;
const post = (event: RunEvent): void => {
  if (port !== undefined) apply(postOnPort, port, [event]);
};
/** When the run began: the worker may have been started well before, waiting for a program. */
let startedAt = clock();
const now = () => clock() - startedAt;

let moduleUrl = "";
let moduleDone = false;
let finished = false;
let pending = 0;
/** Counts every start of a timer, request or socket, so an idle check can tell if work came and went. */
let activity = 0;
let linesLeft = 0;
let droppedLines = 0;

const originalSetTimeout = setTimeout;
// Bound: in browsers, timer functions called off their global object throw "Illegal invocation".
const nativeTimers: PracticeTimers = {
  setTimeout: setTimeout.bind(globalThis),
  clearTimeout: clearTimeout.bind(globalThis),
};

function emitOutput(stream: "stdout" | "stderr", text: string): void {
  const atMs = now();
  for (const line of text.split("\n")) {
    if (linesLeft > 0) {
      linesLeft -= 1;
      // Once: the run pipeline makes the timeline's output mark from this same event.
      post({ type: "output", stream, text: line, atMs });
    } else {
      droppedLines += 1;
    }
  }
}

function finish(code: number, reason: "finished" | "error"): void {
  if (finished) return;
  finished = true;
  if (droppedLines > 0) post({ type: "dropped", lines: droppedLines });
  post({ type: "exit", code, reason, durationMs: now() });
}

function fail(error: unknown): void {
  const report = uncaughtReport(error, (value) => formatConsoleArgs([value]));
  emitOutput("stderr", error instanceof Error ? mapStack(report, moduleUrl) : report);
  finish(1, "error");
}

/**
 * Exits once nothing is left to wait for. Work the runtime cannot see (a response body being
 * read, say) settles within a few macrotasks, so idleness must hold across several checks; a
 * module that never finishes gets a longer grace before it is declared stuck.
 */
function checkIdle(quietChecks = 0, since = activity): void {
  originalSetTimeout(() => {
    // Any new timer, request or socket since the check began means the program is still busy.
    if (finished || pending > 0 || activity !== since) return;
    // A module still waiting after about a second with nothing pending never will: Node exits
    // with code 13 then ("unsettled top-level await"), rather than hanging until the time limit.
    const needed = moduleDone ? 3 : 200;
    if (quietChecks + 1 < needed) return checkIdle(quietChecks + 1, since);
    if (moduleDone) return finish(0, "finished");
    emitOutput("stderr", "Warning: the program is waiting for a promise that nothing will ever settle.");
    finish(13, "error");
  }, 5);
}

const track = {
  begin: () => {
    pending += 1;
    activity += 1;
  },
  end: () => {
    pending -= 1;
    if (pending === 0) checkIdle();
  },
};

function trackTimers(): void {
  const nativeSetTimeout = scope.setTimeout;
  const nativeClearTimeout = scope.clearTimeout;
  const nativeSetInterval = setInterval;
  const nativeClearInterval = clearInterval;
  const live = new Set<unknown>();
  const release = (handle: unknown) => {
    if (live.delete(handle)) track.end();
  };
  scope.setTimeout = (handler, delay, ...args) => {
    track.begin();
    const handle = nativeSetTimeout(
      (...callbackArgs: unknown[]) => {
        release(handle);
        if (typeof handler === "function") handler(...callbackArgs);
      },
      delay,
      ...args,
    );
    live.add(handle);
    return handle;
  };
  scope.clearTimeout = (handle) => {
    release(handle);
    nativeClearTimeout(handle);
  };
  scope["setInterval"] = (handler: (...args: unknown[]) => void, delay?: number, ...args: unknown[]) => {
    track.begin();
    const handle = nativeSetInterval(handler, delay, ...args);
    live.add(handle);
    return handle;
  };
  scope["clearInterval"] = (handle: number) => {
    release(handle);
    nativeClearInterval(handle);
  };
}

/**
 * The practice server's own timers: kept off the timeline, but counted as pending work, so a
 * program still reading a streamed body is not taken for idle between chunks (as in Node, where
 * the open connection keeps the process alive).
 */
function serverTimers(): PracticeTimers {
  const live = new Set<unknown>();
  const release = (handle: unknown) => {
    if (live.delete(handle)) track.end();
  };
  return {
    setTimeout(callback, ms) {
      track.begin();
      const handle = nativeTimers.setTimeout(() => {
        release(handle);
        callback();
      }, ms);
      live.add(handle);
      return handle;
    },
    clearTimeout(handle) {
      release(handle);
      nativeTimers.clearTimeout(handle);
    },
  };
}

function installGlobals(): void {
  const practiceFetch = createPracticeFetch(createPracticeHandler({ timers: serverTimers() }));
  scope.fetch = async (input, init) => {
    track.begin();
    try {
      return await practiceFetch(input, init);
    } finally {
      track.end();
    }
  };
  trackTimers();
  scope["WebSocket"] = createPracticeWebSocket(track);
  installTimelineProbes(scope, {
    now,
    emit: (event: TimelineEvent) => post({ type: "timeline", event }),
    practiceOrigin: PRACTICE_ORIGIN,
  });
  const toStdout = (...args: unknown[]) => emitOutput("stdout", formatConsoleArgs(args, moduleUrl));
  const toStderr = (...args: unknown[]) => emitOutput("stderr", formatConsoleArgs(args, moduleUrl));
  Object.assign(console, { log: toStdout, info: toStdout, debug: toStdout, warn: toStderr, error: toStderr });
}

self.addEventListener("error", (event) => {
  event.preventDefault();
  fail(event.error ?? new Error(event.message));
});
self.addEventListener("unhandledrejection", (event) => {
  event.preventDefault();
  fail(event.reason);
});

const blobModuleUrl = (source: string): string =>
  URL.createObjectURL(new Blob([source], { type: "text/javascript" }));

function isStartMessage(data: unknown): data is StartMessage {
  const candidate = data as Partial<StartMessage> | null;
  return (
    candidate?.type === "start" &&
    typeof candidate.code === "string" &&
    typeof candidate.maxLines === "number"
  );
}

self.addEventListener("message", (message: MessageEvent<unknown>) => {
  const [reply] = message.ports;
  if (!isStartMessage(message.data) || reply === undefined || moduleUrl !== "") return;
  startedAt = clock();
  port = reply;
  linesLeft = message.data.maxLines;
  // Processes, sockets and async context exist only in Node.js: say so and run nothing.
  if (nodeOnlyImports(message.data.code).length > 0) {
    moduleUrl = "node-only";
    post({ type: "notice", key: "nodeOnly" });
    return finish(0, "finished");
  }
  const nodeModules = createNodeModules((line) => emitOutput("stdout", line));
  Object.assign(scope, { [nodeModulesSlot]: nodeModules });
  const code = resolveNodeImports(message.data.code, nodeModules, blobModuleUrl);
  moduleUrl = blobModuleUrl(code);
  installGlobals();
  import(/* @vite-ignore */ moduleUrl).then(
    () => {
      moduleDone = true;
      checkIdle();
    },
    (error: unknown) => fail(error),
  );
  // A top-level await on a promise nothing settles leaves no timer or request to end: watch for it.
  checkIdle();
});
