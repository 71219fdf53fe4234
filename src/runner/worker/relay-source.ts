/**
 * The sandboxed iframe's document: a relay between the page and the worker that runs each program.
 * It takes orders only over a MessageChannel whose port it hands to its parent at creation, so
 * another window (a page that frames ours, a popup) cannot order it about; window messages are
 * ignored. Its Content-Security-Policy, inherited by the workers it starts from blobs, leaves
 * learner code no network: no fetch, XHR, WebSocket or EventSource (`connect-src 'none'`), and no
 * script but the runtime's own blobs (no `import()` or `importScripts` of another origin). The
 * practice server needs none of that: the runtime serves it in-process.
 */

/** What the runtime posts on its worker's own channel once it has loaded (see runtime.worker.ts). */
export const runtimeReady = "runtime-ready";

/**
 * How long a worker has, from its start, to say the runtime has loaded before a run it was given
 * gets a second worker beside it. Loading takes tens of milliseconds, a few hundred on a loaded
 * machine. When Firefox leaves a worker silent, this is what the learner waits (measured in the
 * bench: about one fresh page in ten in Firefox, first output at 2.1 s when this was 2 s); a
 * backup that was not needed costs only a thread that is ended at once.
 */
export const readyWithinMs = 1_000;

/** The relay's Content-Security-Policy, given the nonce of its one inline script. */
export function relayPolicy(nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}' blob:`,
    "worker-src blob:",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/**
 * The relay's HTML. `token` comes back with the port, so the page knows the port is its relay's;
 * `nonce` lets the relay's own script, and no other, run.
 */
export function relayDocument(token: string, nonce: string): string {
  return `<!doctype html><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${relayPolicy(nonce)}"><script nonce="${nonce}">
"use strict";
let runtimeUrl;
// The current run's workers: the one given the program, or, until one of them says it has loaded
// the runtime, each that may be given it.
let current = [];
let backup;
// Firefox now and then leaves a worker silent for good, with no error and no message: a run whose
// worker has not said it loaded the runtime this long after its start gets a second one, and the
// first to say so runs.
const readyWithinMs = ${readyWithinMs};
// A worker that has started and loaded the runtime, but has run nothing yet: the next run takes it,
// so starting a thread and compiling the runtime happen before the learner's click, not after it.
// Each run still gets a worker of its own that no earlier program has touched.
let spare;
// A thread started with the relay, before the runtime has downloaded: in Chromium, starting a worker
// costs a few hundred milliseconds on a slow machine, so the first spare only has to load the runtime.
let bare = new Worker(URL.createObjectURL(new Blob([
  'addEventListener("message", function load(event) {' +
  '  if (event.data?.type !== "load-runtime") return;' +
  '  removeEventListener("message", load);' +
  '  importScripts(event.data.url);' +
  '});'
], { type: "text/javascript" })));
const channel = new MessageChannel();
const page = channel.port1;
function spawn(runtime) {
  runtimeUrl ??= URL.createObjectURL(new Blob([runtime], { type: "text/javascript" }));
  let worker = bare;
  bare = undefined;
  if (worker === undefined) worker = new Worker(runtimeUrl);
  else worker.postMessage({ type: "load-runtime", url: runtimeUrl });
  const started = { worker, since: Date.now(), failure: undefined, ready: false, onReady: undefined, onFailure: undefined };
  worker.onerror = (event) => {
    event.preventDefault();
    started.failure = event.message || "The worker failed to start.";
    started.onFailure?.();
  };
  // The runtime's one word on this channel; the program runs in a realm nested in the runtime's
  // worker and cannot post here.
  worker.onmessage = (event) => {
    if (event.data?.type !== "${runtimeReady}" || started.ready) return;
    started.ready = true;
    started.onReady?.();
  };
  return started;
}
function endRun() {
  clearTimeout(backup);
  for (const started of current) started.worker.terminate();
  current = [];
}
page.onmessage = (message) => {
  const order = message.data;
  if (order.type === "ping") { page.postMessage({ type: "pong", at: order.at }); return; }
  if (order.type === "prime") { spare ??= spawn(order.runtime); return; }
  if (order.type === "stop") {
    endRun();
    if (runtimeUrl !== undefined) spare ??= spawn();
    return;
  }
  if (order.type !== "run") return;
  endRun();
  const runId = order.runId;
  const crash = (text) => page.postMessage({ runId, event: { type: "crash", message: text } });
  // Only the runtime holds the other end of this channel, so nothing else can speak for the run.
  const run = new MessageChannel();
  run.port1.onmessage = (event) => page.postMessage({ runId, event: event.data });
  const start = { type: "start", code: order.code, maxLines: order.maxLines, probe: order.probe };
  let given = false;
  const settle = () => {
    given = true;
    clearTimeout(backup);
  };
  const give = (started) => {
    if (given || !current.includes(started)) return;
    settle();
    for (const other of current) if (other !== started) other.worker.terminate();
    current = [started];
    started.onFailure = () => crash(started.failure);
    started.worker.postMessage(start, [run.port2]);
  };
  const enlist = (started) => {
    current.push(started);
    started.onReady = () => give(started);
    started.onFailure = () => {
      if (given || !current.every((each) => each.failure !== undefined)) return;
      settle();
      crash(started.failure);
    };
    if (started.ready) give(started);
    else if (started.failure !== undefined) started.onFailure();
  };
  const first = spare ?? spawn(order.runtime);
  spare = undefined;
  enlist(first);
  // Counted from the worker's start: a spare that has been silent that long gets its backup at once.
  const left = Math.max(0, readyWithinMs - (Date.now() - first.since));
  if (!given) backup = setTimeout(() => { if (!given) enlist(spawn()); }, left);
};
// The one window message the relay ever sends: its port, to the page that created it.
parent.postMessage({ type: "relay", token: ${JSON.stringify(token)} }, "*", [channel.port2]);
</script>`;
}
