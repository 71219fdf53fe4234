/**
 * The page's Python runtime behind the same RunnerHost interface as the TypeScript ones: one
 * booted interpreter in a sandboxed worker, reused from run to run (booting costs seconds). Stop
 * ends the worker with its iframe, and a fresh one boots at once, with a notice: Pyodide's
 * interrupt needs a SharedArrayBuffer the page and the worker share, and none can cross from the
 * opaque-origin sandbox to the page (the message fails), so there is no gentler Stop here. A program
 * that ends the interpreter's own process (`os._exit`) gets a fresh one the same way, and so does
 * one that met Python's memory limit (python-memory-limit.ts), to give that memory back.
 */
import { exitCodes, startRun, type RunLifecycle } from "../run-lifecycle.ts";
import type { RunHandle, RunnerHost, RunOptions } from "../types.ts";
import { createHeartbeat } from "../worker/heartbeat.ts";
import { PythonUnavailableError, type PythonFiles } from "./python-download.browser.ts";
import { spawnSandboxedWorker, type SandboxedWorker, type SpawnOrder } from "./python-frame.browser.ts";
import type { PythonHostMessage, PythonWorkerOrder } from "./python-messages.ts";
import { pythonProbe } from "../../exercises/python-probe.ts";
import type { PythonVersions } from "./python-runtime.ts";

interface BootedWorker {
  worker: SandboxedWorker;
  versions: PythonVersions;
}

interface ActiveRun {
  id: number;
  run: RunLifecycle;
}

/** What the host needs to boot a worker: Python's files and the worker's script. */
export interface PythonHostSources {
  files: () => Promise<PythonFiles>;
  workerScript: () => Promise<string>;
  /** Starts the worker; the sandboxed iframe's unless a test stands in for it. */
  spawn?: (order: SpawnOrder) => Promise<SandboxedWorker>;
  /**
   * While Python boots, the worker is pinged every `intervalMs`; after `missesAllowed` pings in a
   * row go unanswered, it is taken for dead. A booting worker answers between its steps; one that
   * ran out of memory (Firefox then stops a worker without a word) never answers again.
   */
  bootLiveness?: { intervalMs: number; missesAllowed: number };
}

/** A minute of silence: far past the longest single step of a boot on a slow, busy machine. */
const defaultBootLiveness = { intervalMs: 1_000, missesAllowed: 60 };

/** Runs Python programs in the page. */
export class PythonHost implements RunnerHost<"pyodide"> {
  readonly kind = "pyodide" as const;
  readonly #sources: PythonHostSources;
  #booted: Promise<BootedWorker> | undefined;
  #active: ActiveRun | undefined;
  #nextId = 1;

  constructor(sources: PythonHostSources) {
    this.#sources = sources;
  }

  /** Boots the interpreter (once) and resolves with its versions. */
  boot(): Promise<PythonVersions> {
    return this.#boot().then((booted) => booted.versions);
  }

  #boot(): Promise<BootedWorker> {
    this.#booted ??= this.#spawn().catch((error: unknown) => {
      this.#booted = undefined; // the next Run tries again
      throw error;
    });
    return this.#booted;
  }

  async #spawn(): Promise<BootedWorker> {
    const [files, workerJs] = await Promise.all([this.#sources.files(), this.#sources.workerScript()]);
    const spawn = this.#sources.spawn ?? spawnSandboxedWorker;
    const worker = await spawn({
      workerJs,
      boot: { type: "boot", files: files.files, sitePackages: files.sitePackages },
    });
    return new Promise((resolve, reject) => {
      const liveness = createHeartbeat({
        ...(this.#sources.bootLiveness ?? defaultBootLiveness),
        ping: () => worker.port.postMessage({ type: "ping" } satisfies PythonWorkerOrder),
        onDead: () => {
          worker.remove();
          reject(
            new PythonUnavailableError(
              "stopped-starting",
              "The Python worker stopped answering while it booted.",
            ),
          );
        },
      });
      worker.port.onmessage = (event: MessageEvent<PythonHostMessage>) => {
        const message = event.data;
        liveness.heard();
        if (message.type === "booted") {
          liveness.stop();
          resolve({ worker, versions: message.versions });
        } else if (message.type === "boot-failed") {
          liveness.stop();
          worker.remove();
          reject(new PythonUnavailableError("boot-failed", message.message));
        } else if (message.type === "run") {
          this.#receive(message);
        }
      };
      liveness.start();
    });
  }

  #receive(message: Extract<PythonHostMessage, { type: "run" }>): void {
    const active = this.#active;
    if (active === undefined || message.runId !== active.id) return;
    const { event } = message;
    if (event.type === "exit") {
      if (event.interpreterEnded === true) {
        // Pyodide cannot run again once its process has ended: every later run would fail.
        active.run.report({ type: "notice", key: "pythonEnded" });
        this.#restart();
      } else if (event.memoryLimitReached === true) {
        // WebAssembly memory never shrinks: only a fresh interpreter gives the learner's device
        // back the memory this one now holds.
        active.run.report({ type: "notice", key: "pythonMemoryLimit" });
        this.#restart();
      }
      active.run.finish(event.code, event.reason, event.durationMs);
    } else {
      active.run.report(event);
    }
  }

  run(code: string, options: RunOptions): RunHandle {
    this.#active?.run.halt("stopped");
    const id = this.#nextId++;
    const run = startRun(options, { halt: () => this.#halt(id) });
    const active: ActiveRun = { id, run };
    this.#active = active;
    this.#boot()
      .then((booted) => {
        if (run.ended) return;
        const probe = pythonProbe(options.probe);
        const order: PythonWorkerOrder = {
          type: "run",
          runId: id,
          code,
          maxLines: options.maxLines,
          ...(probe === undefined ? {} : { probe }),
        };
        booted.worker.port.postMessage(order);
      })
      .catch((error: unknown) => {
        run.report({ type: "output", stream: "stderr", text: String(error), atMs: 0 });
        run.finish(exitCodes.hostError, "error");
      });
    return run.handle;
  }

  /** Ends run `id`: its worker goes, a fresh one boots for the next Run, and the learner is told. */
  #halt(id: number): void {
    const active = this.#active;
    if (active?.id !== id || this.#booted === undefined) return;
    active.run.report({ type: "notice", key: "runtimeRestarted" });
    this.#restart();
  }

  #restart(): void {
    void this.#booted?.then((booted) => booted.worker.remove()).catch(() => undefined);
    this.#booted = undefined;
    this.#boot().catch(() => undefined); // ready again before the learner's next Run
  }

  dispose(): void {
    this.#active?.run.halt("stopped");
    void this.#booted?.then((booted) => booted.worker.remove()).catch(() => undefined);
    this.#booted = undefined;
  }
}
