/**
 * The learner's realm: a worker nested in the runtime's (runtime.worker.ts), where the program
 * runs. It holds nothing the runtime relies on: no port to the page, no practice server, no clock
 * the page believes. It gives the program Node's console, timers, `fetch` and `WebSocket` for the
 * practice server, and the Node modules the samples use, and tells the runtime, over a port of its
 * own, what the program printed and did and when it is done (when its module has finished and no
 * timer, request or socket is pending, as Node would exit). A program that rewrites any of this
 * can only change what its own realm says, which the runtime checks and stamps itself.
 * Bundled into the runtime's script by scripts/build-runtime.node.ts.
 */
import type { TimelineEvent } from "../../timeline/events.ts";
import { installTimelineProbes, type ProbeScope } from "../../timeline/probes.ts";
import { PRACTICE_ORIGIN } from "../practice-server/handler.ts";
import { formatConsoleArgs, mapStack } from "./console-format.ts";
import { createFetchBridge } from "./fetch-bridge.ts";
import { createPracticeWebSocket } from "./practice-websocket.ts";
import { createNodeModules, nodeModulesSlot, resolveNodeImports } from "./node-modules.ts";
import { uncaughtReport } from "../uncaught-report.ts";
import { createOutputBudget, createSpanBudget, runBounds, type OutputBudget } from "../run-limits.ts";
import {
  isProbeOrder,
  type FetchReply,
  type LearnerMessage,
  type LearnerStart,
  type RealmOrder,
} from "./realm-messages.ts";
import { captureProbeKit } from "../../exercises/probe-kit.ts";
import { runProbe } from "../../exercises/probe-program.ts";

const scope = globalThis as unknown as Record<string, unknown> & ProbeScope;
// Taken before any learner code runs, so the realm's own reports still reach the runtime when a
// program replaces `MessagePort.prototype.postMessage`, `setTimeout` or `performance.now`.
const apply = Reflect.apply.bind(Reflect);
// Taken off the prototype on purpose: it is called through `apply` with the port as `this`.
// eslint-disable-next-line @typescript-eslint/unbound-method
const postOnPort = MessagePort.prototype.postMessage as (
  this: MessagePort,
  message: unknown,
  transfer: Transferable[],
) => void;
// Every message this realm receives is read through this getter, never through `event.data`: a
// program that replaces MessageEvent.prototype's `data` would otherwise be handed each event, and
// through its target this realm's port, on which it could speak as the realm (a forged exit, forged
// exercise reports).
// Called through `apply` with the event as `this`.
// eslint-disable-next-line @typescript-eslint/unbound-method
const messageDataGetter = Object.getOwnPropertyDescriptor(MessageEvent.prototype, "data")?.get;
const messageData = (event: MessageEvent): unknown =>
  messageDataGetter === undefined ? undefined : apply(messageDataGetter, event, []);
const clock = performance.now.bind(performance);
const originalSetTimeout = setTimeout.bind(globalThis);
let port: MessagePort | undefined;
const post = (message: LearnerMessage, transfer: Transferable[] = []): void => {
  if (port !== undefined) apply(postOnPort, port, [message, transfer]);
};
let startedAt = clock();
const now = () => clock() - startedAt;

let moduleUrl = "";
let moduleDone = false;
let finished = false;
let pending = 0;
/** Counts every start of a timer, request or socket, so an idle check can tell if work came and went. */
let activity = 0;

// The realm bounds what it sends as the runtime bounds what it keeps (run-limits.ts): a flood of
// lines, or one huge line, then costs a message per kept line, not a copy of everything printed.
// The runtime still counts and clips on its side; a program that undoes this floods only itself.
let outputBudget: OutputBudget = createOutputBudget({ ...runBounds, maxLines: 0 });
const spanBudget = createSpanBudget(runBounds.maxTimelineSpans);

function emitOutput(stream: "stdout" | "stderr", text: string): void {
  for (const line of text.split("\n")) {
    const kept = outputBudget.take(line);
    if (kept !== undefined) post({ type: "output", stream, text: kept.text, moreChars: kept.moreChars });
  }
}

function emitSpan(event: TimelineEvent): void {
  if (spanBudget.keep(event)) post({ type: "timeline", event });
}

function finish(code: 0 | 1 | 13): void {
  if (finished) return;
  finished = true;
  const [lines, spans] = [outputBudget.droppedLines, spanBudget.droppedSpans];
  if (lines > 0 || spans > 0) post({ type: "dropped", lines, spans });
  post({ type: "exit", code });
}

function fail(error: unknown): void {
  post({ type: "uncaught" });
  let report: string;
  try {
    report = uncaughtReport(error, (value) => formatConsoleArgs([value]));
    if (error instanceof Error) report = mapStack(report, moduleUrl);
  } catch {
    // The program broke what formatting relies on; the runtime still learns that it failed.
    report = "Uncaught error (it could not be shown: the program changed built-in objects)";
  }
  emitOutput("stderr", report);
  finish(1);
}

/**
 * Exits once nothing is left to wait for. Work the realm cannot see (a response body being read,
 * say) settles within a few macrotasks, so idleness must hold across several checks.
 */
function checkIdle(quietChecks = 0, since = activity): void {
  originalSetTimeout(() => {
    // Any new timer, request or socket since the check began means the program is still busy.
    if (finished || pending > 0 || activity !== since) return;
    // A module still waiting after about a second with nothing pending never will: Node exits
    // with code 13 then ("unsettled top-level await"), rather than hanging until the time limit.
    const needed = moduleDone ? 3 : 200;
    if (quietChecks + 1 < needed) return checkIdle(quietChecks + 1, since);
    if (moduleDone) return finish(0);
    emitOutput("stderr", "Warning: the program is waiting for a promise that nothing will ever settle.");
    finish(13);
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
  scope.setInterval = (handler, delay, ...args) => {
    track.begin();
    const handle = nativeSetInterval(handler, delay, ...args);
    live.add(handle);
    return handle;
  };
  scope.clearInterval = (handle) => {
    release(handle);
    nativeClearInterval(handle as number);
  };
}

function installGlobals(receive: (listener: (reply: FetchReply) => void) => void): void {
  const bridge = createFetchBridge((message, transfer) => post(message, transfer), track);
  receive((reply) => bridge.receive(reply));
  trackTimers();
  scope["WebSocket"] = createPracticeWebSocket(track);
  // Timers and named tasks are probed here; requests are probed by the runtime, which serves them.
  const probed: ProbeScope = {
    fetch: bridge.fetch,
    setTimeout: scope.setTimeout,
    clearTimeout: scope.clearTimeout,
    ...(scope.setInterval === undefined || scope.clearInterval === undefined
      ? {}
      : { setInterval: scope.setInterval, clearInterval: scope.clearInterval }),
    ...(scope.performance === undefined ? {} : { performance: scope.performance }),
  };
  installTimelineProbes(probed, {
    now,
    emit: emitSpan,
    practiceOrigin: PRACTICE_ORIGIN,
    // Every timer, 0 ms too: polling with setTimeout(…, 0) must show (issue 19).
    minTimerMs: 0,
  });
  Object.assign(scope, {
    fetch: bridge.fetch,
    setTimeout: probed.setTimeout,
    clearTimeout: probed.clearTimeout,
    setInterval: probed.setInterval,
    clearInterval: probed.clearInterval,
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

function isStart(data: unknown): data is LearnerStart {
  const candidate = data as Partial<LearnerStart> | null;
  return (
    candidate?.type === "start" &&
    typeof candidate.code === "string" &&
    typeof candidate.maxLines === "number" &&
    isProbeOrder(candidate.probe)
  );
}

self.addEventListener("message", (message: MessageEvent<unknown>) => {
  const [runtime] = message.ports;
  if (!isStart(message.data) || runtime === undefined || moduleUrl !== "") return;
  startedAt = clock();
  port = runtime;
  outputBudget = createOutputBudget({ ...runBounds, maxLines: message.data.maxLines });
  const nodeModules = createNodeModules((line) => emitOutput("stdout", line));
  Object.assign(scope, { [nodeModulesSlot]: nodeModules });
  const code = resolveNodeImports(message.data.code, nodeModules, blobModuleUrl);
  moduleUrl = blobModuleUrl(code);
  const { probe } = message.data;
  // Captured before the program runs: its reports go out on this realm's port, not as output.
  const kit = captureProbeKit({
    words: probe?.words ?? [],
    report: (text) => post({ type: "check", text }),
    // The probe's own waits keep the run alive, as the program's timers do.
    pending: track,
  });
  const probeUrl = probe === undefined ? undefined : blobModuleUrl(probe.javascript);
  installGlobals((listener) => {
    runtime.onmessage = (event: MessageEvent) => {
      const order = messageData(event) as RealmOrder;
      // Answered from the event loop: a thread stuck in a loop, or stopped, cannot answer.
      if (order.type === "ping") post({ type: "pong" });
      else listener(order);
    };
  });
  import(/* @vite-ignore */ moduleUrl)
    .then(async (program: Record<string, unknown>) => {
      if (probeUrl === undefined) return;
      await runProbe(program, (await import(/* @vite-ignore */ probeUrl)) as { default?: unknown }, kit);
    })
    .then(
      () => {
        moduleDone = true;
        checkIdle();
      },
      (error: unknown) => fail(error),
    );
  // A top-level await on a promise nothing settles leaves no timer or request to end: watch for it.
  checkIdle();
});
