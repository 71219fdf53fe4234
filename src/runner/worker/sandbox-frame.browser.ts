/**
 * The sandboxed iframe that hosts learner workers. `sandbox="allow-scripts"` without
 * `allow-same-origin` gives it an opaque origin: code in it cannot read the site's storage,
 * cookies or DOM. It only relays messages between the page and the current worker.
 */

/**
 * The iframe's document: a relay that gives each run a worker of its own, started ahead of time. The
 * worker is a classic one, since module workers do not start in an opaque origin; it imports the
 * learner's module itself.
 */
const relaySource = `<!doctype html><meta charset="utf-8"><script>
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
addEventListener("message", (message) => {
  const order = message.data;
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
  const crash = (text) => parent.postMessage({ runId, event: { type: "crash", message: text } }, "*");
  if (started.failure !== undefined) { crash(started.failure); return; }
  // Only the runtime holds the other end of this channel; whatever learner code posts on the
  // worker's own channel (self.postMessage) is never listened to, so it cannot fake an exit.
  const channel = new MessageChannel();
  channel.port1.onmessage = (event) => parent.postMessage({ runId, event: event.data }, "*");
  worker.onerror = (event) => {
    event.preventDefault();
    crash(event.message || "The worker failed to start.");
  };
  worker.postMessage({ type: "start", code: order.code, maxLines: order.maxLines }, [channel.port2]);
});
parent.postMessage({ type: "ready" }, "*");
</script>`;

/** A message from the relay. */
export interface RelayMessage {
  type?: "ready";
  runId?: number;
  event?: unknown;
}

/** Creates the hidden relay iframe and resolves once its script is listening. */
export function createSandboxFrame(onMessage: (message: RelayMessage) => void): Promise<HTMLIFrameElement> {
  const frame = document.createElement("iframe");
  frame.setAttribute("sandbox", "allow-scripts");
  frame.setAttribute("aria-hidden", "true");
  frame.tabIndex = -1;
  frame.title = "Code runner sandbox";
  frame.style.display = "none";
  frame.srcdoc = relaySource;
  return new Promise((resolve) => {
    window.addEventListener("message", (message: MessageEvent<RelayMessage>) => {
      // Only the relay's own window is trusted; its origin is "null", so the source is what we check.
      if (message.source !== frame.contentWindow) return;
      if (message.data.type === "ready") resolve(frame);
      else onMessage(message.data);
    });
    document.body.append(frame);
  });
}
