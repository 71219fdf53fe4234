/**
 * The in-browser fallback's runtime, run as a classic Worker inside a sandboxed iframe (opaque
 * origin: no access to the site's storage, cookies or DOM). The program does not run here: it runs
 * in a worker nested in this one (learner-realm.worker.ts), a realm that shares no object with
 * this one. This worker keeps what the page must be able to trust: its port to the relay, the
 * clock that times the run, the practice server (it serves the program's requests and records
 * them on the timeline), the output line cap and the exit. It reads every message from the
 * program's realm as untrusted and stamps it with its own clock.
 * Bundled on its own into public/runner/runtime.js by scripts/build-runtime.node.ts.
 */
import { PRACTICE_ORIGIN, createPracticeHandler } from "../practice-server/handler.ts";
import { installTimelineProbes, type ProbeScope } from "../../timeline/probes.ts";
import { nodeOnlyImports } from "../node-only-modules.ts";
import type { RunEvent } from "../types.ts";
import type { TimelineEvent } from "../../timeline/events.ts";
import { createOutputBudget, createSpanBudget, runBounds, type OutputBudget } from "../run-limits.ts";
import { createEventBatch } from "./event-batch.ts";
import { createHeartbeat } from "./heartbeat.ts";
import { createFetchServer } from "./fetch-server.ts";
import { createPracticeFetch } from "./practice-fetch.ts";
import {
  isProbeOrder,
  readLearnerMessage,
  type LearnerMessage,
  type LearnerStart,
  type RealmOrder,
} from "./realm-messages.ts";
import { validateSandboxEvent } from "./sandbox-event.ts";
import { runtimeReady } from "./relay-source.ts";

/** The learner realm's script, put in by the build (see scripts/build-runtime.node.ts). */
declare const LEARNER_REALM_SOURCE: string;

/** The relay's order: the realm's start, as the page sent it. */
type StartMessage = LearnerStart;

const clock = performance.now.bind(performance);
/** The relay's private port, handed over with the start message; the program's realm never sees it. */
let relay: MessagePort | undefined;
const scheduleBatch = setTimeout.bind(globalThis);
// Events go to the page in batches (event-batch.ts): a flood costs the page a message per frame.
const batch = createEventBatch({
  send: (message) => relay?.postMessage(message),
  schedule: (callback, ms) => scheduleBatch(callback, ms),
});
const post = (event: RunEvent): void => batch.push(event);
/** When the run began: the worker may have been started well before, waiting for a program. */
let startedAt = clock();
const now = () => clock() - startedAt;

let started = false;
let finished = false;
let failed = false;
// Bounded at the source too (run-limits.ts), so what is left out never crosses to the page.
let outputBudget: OutputBudget = createOutputBudget({ ...runBounds, maxLines: 0 });
const spanBudget = createSpanBudget(runBounds.maxTimelineSpans);

/** Posts a timeline event while the run's span budget lasts; the rest are counted. */
function postSpan(event: TimelineEvent): void {
  if (spanBudget.keep(event)) post({ type: "timeline", event });
}

// Started with this worker, before any program, so a Run does not wait for a second thread.
const learner = new Worker(
  URL.createObjectURL(new Blob([LEARNER_REALM_SOURCE], { type: "text/javascript" })),
);
const channel = new MessageChannel();
const toLearner = (reply: RealmOrder, transfer: Transferable[] = []) =>
  channel.port1.postMessage(reply, transfer);

/**
 * Whether the program's thread still takes turns. When a worker runs out of memory, Firefox stops
 * it without a word (no error event, nothing catchable), which looks exactly like a loop that
 * never lets go; the learner hears that it went silent, and both guesses, instead of waiting for
 * the time limit to blame a loop. Counted in pings, so a busy machine does not look silent.
 */
const realmBeat = createHeartbeat({
  ping: () => toLearner({ type: "ping" }),
  onDead: () => post({ type: "notice", key: "programSilent" }),
  intervalMs: 500,
  missesAllowed: 5,
});

/** Lines and spans the program's realm says it left out; only ever shown as counts. */
const droppedInRealm = { lines: 0, spans: 0 };

/** Clips and counts output; `cutInRealm` is what the program's realm already cut off its last line. */
function emitOutput(stream: "stdout" | "stderr", text: string, cutInRealm = 0): void {
  const atMs = now();
  const lines = text.split("\n");
  for (const [index, line] of lines.entries()) {
    const taken = outputBudget.take(line);
    const kept =
      taken !== undefined && index === lines.length - 1
        ? { ...taken, moreChars: taken.moreChars + cutInRealm }
        : taken;
    // Once: the run pipeline makes the timeline's output mark from this same event.
    if (kept !== undefined)
      post({
        type: "output",
        stream,
        text: kept.text,
        atMs,
        ...(kept.moreChars > 0 ? { moreChars: kept.moreChars } : {}),
      });
  }
}

function finish(code: number): void {
  if (finished) return;
  finished = true;
  realmBeat.stop();
  learner.terminate();
  channel.port1.close();
  // Capped: the realm's own counts are the program's word, and must not overflow the page's text.
  const lines = Math.min(outputBudget.droppedLines + droppedInRealm.lines, Number.MAX_SAFE_INTEGER);
  const spans = Math.min(spanBudget.droppedSpans + droppedInRealm.spans, Number.MAX_SAFE_INTEGER);
  if (lines > 0 || spans > 0) post({ type: "dropped", lines, spans });
  // Last in the queue: the page hears the exit after everything the program sent.
  post({ type: "exit", code, reason: code === 0 ? "finished" : "error", durationMs: now() });
}

/**
 * A span the program's realm reports (a timer, a named task), checked and stamped now. Its id is
 * put in a namespace of its own, so it can never end one of the runtime's request rows.
 */
function learnerSpan(event: unknown): void {
  const checked = validateSandboxEvent({ type: "timeline", event }, now());
  if (checked?.type !== "timeline" || checked.event.type === "output") return;
  if (checked.event.type === "span-start" && checked.event.kind === "request") return;
  postSpan({ ...checked.event, id: `program:${checked.event.id}`, atMs: now() });
}

const requests = (() => {
  // Bound: in browsers, timer functions called off their global object throw "Illegal invocation".
  const timers = { setTimeout: setTimeout.bind(globalThis), clearTimeout: clearTimeout.bind(globalThis) };
  const served: ProbeScope = {
    fetch: createPracticeFetch(createPracticeHandler({ timers })),
    setTimeout: (handler, delay) => setTimeout(handler, delay),
    clearTimeout: (handle) => clearTimeout(handle as number),
  };
  installTimelineProbes(served, {
    now,
    emit: postSpan,
    practiceOrigin: PRACTICE_ORIGIN,
  });
  return createFetchServer(served.fetch, toLearner);
})();

function receive(message: LearnerMessage): void {
  switch (message.type) {
    case "output":
      return emitOutput(message.stream, message.text, message.moreChars);
    case "dropped":
      droppedInRealm.lines += message.lines;
      droppedInRealm.spans += message.spans;
      return;
    case "timeline":
      return learnerSpan(message.event);
    case "uncaught":
      failed = true;
      return;
    case "check":
      // Clipped like a line of output; stamped with the runtime's clock.
      return post({ type: "check", text: message.text.slice(0, runBounds.maxLineChars), atMs: now() });
    case "exit":
      // A program that died of an uncaught error cannot then claim a clean exit.
      return finish(failed ? Math.max(message.code, 1) : message.code);
    case "fetch":
      return requests.serve(message);
    case "fetch-abort":
      return requests.abort(message.id);
    case "pong":
      // Every message counts as an answer (see the port's listener).
      return;
  }
}

channel.port1.onmessage = (event: MessageEvent<unknown>) => {
  if (finished) return;
  realmBeat.heard();
  const message = readLearnerMessage(event.data);
  if (message !== undefined) receive(message);
};

learner.onerror = (event) => {
  // An error the program's realm did not report itself: it could not even start.
  event.preventDefault();
  if (!started || finished) return;
  emitOutput("stderr", event.message || "The program's worker failed to start.");
  finish(1);
};

function isStartMessage(data: unknown): data is StartMessage {
  const candidate = data as Partial<StartMessage> | null;
  return (
    candidate?.type === "start" &&
    typeof candidate.code === "string" &&
    typeof candidate.maxLines === "number" &&
    isProbeOrder(candidate.probe)
  );
}

self.addEventListener("message", (message: MessageEvent<unknown>) => {
  const [reply] = message.ports;
  if (!isStartMessage(message.data) || reply === undefined || started) return;
  started = true;
  startedAt = clock();
  relay = reply;
  outputBudget = createOutputBudget({ ...runBounds, maxLines: message.data.maxLines });
  // Processes, sockets and async context exist only in Node.js: say so and run nothing.
  if (nodeOnlyImports(message.data.code).length > 0) {
    post({ type: "notice", key: "nodeOnly" });
    return finish(0);
  }
  const { code, maxLines, probe } = message.data;
  const start: LearnerStart = { type: "start", code, maxLines, probe };
  learner.postMessage(start, [channel.port2]);
  realmBeat.start();
});

// The relay hands a run only to a worker that has said this (see relay-source.ts).
self.postMessage({ type: runtimeReady });
