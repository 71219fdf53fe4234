/**
 * A sandboxed iframe (`allow-scripts` only: an opaque origin, no site storage, cookies or DOM) that
 * starts one Python worker and hands it the page's private port. Removing the iframe ends the
 * worker, however busy its Python is: that is the Stop of last resort.
 *
 * A `srcdoc` document inherits the page's Content-Security-Policy, which lets the page reach the
 * site and StackBlitz (the WebContainer needs it): from Python, `js.fetch`, XHR and a nested worker
 * reached https://stackblitz.com under that policy alone. So the relay adds its own policy, which
 * the browser enforces on top and hands down to the worker it starts from a blob: no connections
 * at all (Pyodide's files arrive as bytes, the practice server is in-process), no script but this
 * relay's and the worker's blobs, and WebAssembly compiled from bytes, which Pyodide is.
 */

/** The relay's own Content-Security-Policy, given the nonce of its one inline script. */
export function pythonRelayPolicy(nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}' blob: 'wasm-unsafe-eval'`,
    "worker-src blob:",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

function randomNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** The relay's document: it starts the worker its parent sends, once, and hands it the port. */
const relaySource = (nonce: string) => `<!doctype html><meta charset="utf-8"><meta
http-equiv="Content-Security-Policy" content="${pythonRelayPolicy(nonce)}"><script nonce="${nonce}">
addEventListener("message", (message) => {
  const order = message.data;
  if (order?.type !== "spawn" || message.source !== parent) return;
  const worker = new Worker(URL.createObjectURL(new Blob([order.workerJs], { type: "text/javascript" })));
  worker.onerror = (event) => {
    event.preventDefault();
    message.ports[0].postMessage({ type: "boot-failed", message: event.message || "The Python worker failed to start." });
  };
  worker.postMessage(order.boot, [message.ports[0]]);
}, { once: true });
parent.postMessage({ type: "python-relay-ready" }, "*");
</script>`;

/** What the worker needs to boot, copied (the page keeps its bytes for the next boot). */
export interface SpawnOrder {
  workerJs: string;
  boot: { type: "boot"; files: Record<string, ArrayBuffer>; sitePackages: ArrayBuffer };
}

/** A worker in its own sandboxed iframe, and the page's end of its private port. */
export interface SandboxedWorker {
  port: MessagePort;
  /** Ends the worker and removes its iframe. */
  remove(): void;
}

/** Creates the iframe, starts the worker in it and resolves with the port once it is handed over. */
export function spawnSandboxedWorker(order: SpawnOrder): Promise<SandboxedWorker> {
  const frame = document.createElement("iframe");
  frame.setAttribute("sandbox", "allow-scripts");
  // SharedArrayBuffer in the worker lets time.sleep block without burning a core (Atomics.wait).
  frame.setAttribute("allow", "cross-origin-isolated");
  frame.setAttribute("aria-hidden", "true");
  frame.tabIndex = -1;
  frame.title = "Python sandbox";
  frame.style.display = "none";
  frame.srcdoc = relaySource(randomNonce());
  const channel = new MessageChannel();
  return new Promise((resolve) => {
    const onReady = (message: MessageEvent<{ type?: string }>) => {
      if (message.source !== frame.contentWindow || message.data.type !== "python-relay-ready") return;
      window.removeEventListener("message", onReady);
      frame.contentWindow?.postMessage({ type: "spawn", ...order }, "*", [channel.port2]);
      resolve({
        port: channel.port1,
        remove: () => {
          channel.port1.close();
          frame.remove();
        },
      });
    };
    window.addEventListener("message", onReady);
    document.body.append(frame);
  });
}
