/**
 * The Python runtime's worker, started by the sandboxed relay (python-frame.browser.ts) inside an
 * opaque-origin iframe: no site storage, cookies or DOM, and no network but the practice server on
 * the loopback network. The page hands over Pyodide's files as bytes (a fetch from an opaque origin
 * is never HTTP-cached) and a private port; the port lives only in this module's closure, so
 * Python's `js` module (the worker's globals) cannot reach it to forge output or an exit.
 * Bundled on its own into public/runner/python-worker.js by scripts/build-runtime.node.ts.
 */
import { bootPython, type LoadPyodide, type PythonRuntime } from "./python-runtime.ts";
import type { PyodideFileName } from "./python-files.ts";
import type { ModuleFactory } from "./python-memory-limit.ts";
import type { PythonHostMessage, PythonWorkerOrder } from "./python-messages.ts";

interface BootOrder {
  type: "boot";
  files: Record<PyodideFileName, ArrayBuffer>;
  sitePackages: ArrayBuffer;
}

const blobUrl = (data: ArrayBuffer, type: string) => URL.createObjectURL(new Blob([data], { type }));

/** Pyodide, loaded from the bytes in hand: its own fetches are answered from them too. */
function loaderFromBytes(files: BootOrder["files"]): LoadPyodide {
  const fakeBase = "https://pyodide.invalid/";
  const realFetch = fetch.bind(globalThis);
  const served = files as Record<string, ArrayBuffer>;
  globalThis.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    const name = url.startsWith(fakeBase) ? url.slice(fakeBase.length) : "";
    const bytes = served[name];
    if (bytes === undefined) return realFetch(input, init);
    const type = name.endsWith(".wasm") ? "application/wasm" : "application/octet-stream";
    return Promise.resolve(new Response(bytes, { headers: { "content-type": type } }));
  };
  return async ({ limitFactory, ...options }) => {
    // Pyodide 314 refuses a classic worker (it probes importScripts), and module workers do not
    // start in an opaque origin: hide it. This rides on a Pyodide internal, hence the exact pin.
    Object.assign(globalThis, { importScripts: undefined });
    const loader = (await import(
      /* @vite-ignore */ blobUrl(files["pyodide.mjs"], "text/javascript")
    )) as typeof import("pyodide");
    const asm = (await import(/* @vite-ignore */ blobUrl(files["pyodide.asm.mjs"], "text/javascript"))) as {
      default: unknown;
    };
    return loader.loadPyodide({
      ...options,
      indexURL: fakeBase,
      // Served by the fetch above: the CSP allows no fetch of a blob: URL (connect-src).
      stdLibURL: `${fakeBase}python_stdlib.zip`,
      lockFileContents: new TextDecoder().decode(files["pyodide-lock.json"]),
      ...({ createPyodideModule: limitFactory(asm.default as ModuleFactory) } as object),
    });
  };
}

/** Pyodide may reject with something that is not an Error (an Event, a plain object). */
function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null) {
    const { type, message } = error as { type?: unknown; message?: unknown };
    if (typeof message === "string") return message;
    if (typeof type === "string") return `a ${type} event`;
    return Object.prototype.toString.call(error);
  }
  return String(error);
}

// Taken before any Python runs: a program reaches this worker's globals through Pyodide's `js`
// module, and could otherwise replace MessagePort.prototype.postMessage (to rewrite what its run
// reports) or MessageEvent.prototype's `data` (to be handed the page's port with the next order).
const apply = Reflect.apply.bind(Reflect);
// Taken off the prototype on purpose: it is called through `apply` with the port as `this`.
// eslint-disable-next-line @typescript-eslint/unbound-method
const postOnPort = MessagePort.prototype.postMessage as (this: MessagePort, message: unknown) => void;
// Called through `apply` with the event as `this`.
// eslint-disable-next-line @typescript-eslint/unbound-method
const messageDataGetter = Object.getOwnPropertyDescriptor(MessageEvent.prototype, "data")?.get;
const messageData = (event: MessageEvent): unknown =>
  messageDataGetter === undefined ? undefined : apply(messageDataGetter, event, []);

/** Whether a message is the relay's boot order. */
function isBootOrder(data: unknown): data is BootOrder {
  return typeof data === "object" && data !== null && (data as { type?: unknown }).type === "boot";
}

addEventListener("message", function boot(message: MessageEvent<unknown>) {
  const [port] = message.ports;
  if (!isBootOrder(message.data) || port === undefined) return;
  removeEventListener("message", boot);
  const post = (reply: PythonHostMessage) => apply(postOnPort, port, [reply]);
  let runtime: PythonRuntime | undefined;
  bootPython({
    loadPyodide: loaderFromBytes(message.data.files),
    sitePackagesZip: new Uint8Array(message.data.sitePackages),
    timers: { setTimeout: setTimeout.bind(globalThis), clearTimeout: clearTimeout.bind(globalThis) },
  }).then(
    (booted) => {
      runtime = booted;
      post({ type: "booted", versions: booted.versions });
    },
    (error: unknown) => post({ type: "boot-failed", message: describeError(error) }),
  );
  port.onmessage = (event: MessageEvent) => {
    const order = messageData(event) as PythonWorkerOrder;
    // The page's check, while Python boots, that this worker is still alive.
    if (order.type === "ping") return post({ type: "pong" });
    if (runtime === undefined) return;
    void runtime.run(order.code, {
      maxLines: order.maxLines,
      ...(order.probe === undefined ? {} : { probe: order.probe }),
      onEvent: (runEvent) => post({ type: "run", runId: order.runId, event: runEvent }),
    });
  };
});
