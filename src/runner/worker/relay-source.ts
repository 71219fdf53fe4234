/**
 * The sandboxed iframe's document: a relay between the page and the worker that runs each program.
 * It takes orders only over a MessageChannel whose port it hands to its parent at creation, so
 * another window (a page that frames ours, a popup) cannot order it about; window messages are
 * ignored. Its Content-Security-Policy, inherited by the workers it starts from blobs, leaves
 * learner code no network: no fetch, XHR, WebSocket or EventSource (`connect-src 'none'`), and no
 * script but the runtime's own blobs (no `import()` or `importScripts` of another origin). The
 * practice server needs none of that: the runtime serves it in-process.
 */

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
let worker;
let runtimeUrl;
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
  const started = { worker, failure: undefined };
  started.worker.onerror = (event) => {
    event.preventDefault();
    started.failure = event.message || "The worker failed to start.";
  };
  return started;
}
page.onmessage = (message) => {
  const order = message.data;
  if (order.type === "ping") { page.postMessage({ type: "pong", at: order.at }); return; }
  if (order.type === "prime") { spare ??= spawn(order.runtime); return; }
  if (order.type === "stop") {
    worker?.terminate();
    worker = undefined;
    if (runtimeUrl !== undefined) spare ??= spawn();
    return;
  }
  if (order.type !== "run") return;
  worker?.terminate();
  const started = spare ?? spawn(order.runtime);
  spare = undefined;
  worker = started.worker;
  const runId = order.runId;
  const crash = (text) => page.postMessage({ runId, event: { type: "crash", message: text } });
  if (started.failure !== undefined) { crash(started.failure); return; }
  // Only the runtime holds the other end of this channel; whatever learner code posts on the
  // worker's own channel (self.postMessage) is never listened to, so it cannot fake an exit.
  const run = new MessageChannel();
  run.port1.onmessage = (event) => page.postMessage({ runId, event: event.data });
  worker.onerror = (event) => {
    event.preventDefault();
    crash(event.message || "The worker failed to start.");
  };
  worker.postMessage({ type: "start", code: order.code, maxLines: order.maxLines, probe: order.probe }, [run.port2]);
};
// The one window message the relay ever sends: its port, to the page that created it.
parent.postMessage({ type: "relay", token: ${JSON.stringify(token)} }, "*", [channel.port2]);
</script>`;
}
