/**
 * The WebContainer host: real Node.js in the browser. It mounts prebuilt files (no npm install at
 * run time), starts the practice server, and runs each program with `node` and the preload, which
 * frames all the program writes (output-frames.ts). It is written for the container as it really
 * behaves: a run ends on the process's exit plus the preload's end record, never on the output
 * stream closing (the real one does not close); and as `kill()` cannot stop a busy loop
 * (webcontainer-core #1121), a process that outlives its kill takes the container down with it,
 * and a new one boots in the background. The run's times are the program's own clock.
 */
import type { HostReadiness, RunHandle, RunnerHost, RunOptions } from "../types.ts";
import { exitCodes, startRun, type RunLifecycle } from "../run-lifecycle.ts";
import { javascriptProbe } from "../../exercises/python-probe.ts";
import {
  acceptedNodeFlags,
  containerNodeVersion,
  prepareContainer,
  type BootContainer,
  type ContainerFiles,
  type ContainerLike,
  type ContainerProcess,
} from "./container.ts";
import { RunOutput } from "./run-output.ts";

export type { BootContainer, ContainerFiles, ContainerLike, ContainerProcess } from "./container.ts";

/** How long the host waits for things; the defaults fit the real container. */
export interface HostTiming {
  /** After the process's exit, how long to wait for the end record that should follow it. */
  endGraceMs: number;
  /** After `kill()`, how long a process may take to exit before the container is torn down. */
  killGraceMs: number;
  /** How long the practice server may take to listen in a fresh container. */
  serverReadyMs: number;
  /** How long a restart's boot may take; StackBlitz's own tools allow a cold boot 30 s. */
  rebootMs: number;
  /**
   * How long the new host waits for `node --version`, counted from when it asked (alongside the
   * practice server's start, so usually nothing is left to wait). Past it, the version counts as
   * unreadable, which blocks nothing (node-floor.ts).
   */
  versionReadMs: number;
}

const defaultTiming: HostTiming = {
  // Long enough for a flood still arriving on a busy machine: at 200 ms, a gap in the output after
  // the exit of a 200,000-line program ended the run with most of its count unseen (load 7).
  endGraceMs: 500,
  killGraceMs: 500,
  serverReadyMs: 20_000,
  rebootMs: 30_000,
  versionReadMs: 5_000,
};

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Boots a container with `boot`, prepares it, and returns the host. Rejects with the reason when
 * the container cannot be prepared (it is torn down then, so none is left running unused).
 * `files` may be a function: it is then called only once the container has booted, so a page
 * whose boot never settles (offline) never downloads them.
 */
export async function createWebContainerHost(
  boot: BootContainer,
  files: ContainerFiles | Promise<ContainerFiles> | (() => Promise<ContainerFiles>),
  timing: Partial<HostTiming> = {},
): Promise<WebContainerHost> {
  // A promise given early must not count as unhandled while the boot goes on.
  if (typeof files !== "function") Promise.resolve(files).catch(() => undefined);
  const container = await boot();
  const settings = { ...defaultTiming, ...timing };
  try {
    const mounted = await (typeof files === "function" ? files() : files);
    // Read once, beside the rest: a container that cannot say its version blocks nothing (see
    // node-floor.ts).
    const version = containerNodeVersion(container, settings.versionReadMs).catch(() => undefined);
    const versionLimit = delay(settings.versionReadMs).then(() => undefined);
    const [flags] = await Promise.all([
      acceptedNodeFlags(container),
      prepareContainer(container, mounted, settings.serverReadyMs),
    ]);
    const host = new WebContainerHost({ boot, files: mounted, timing: settings, flags, container });
    // Waited for, within its limit: the page sends runs here as soon as the host exists, and a
    // node:test program run before the version is known would reach a container too old for it.
    // Nobody waits on this (runs go to the built-in runtime until the host is ready).
    host.nodeVersion = await Promise.race([version, versionLimit]);
    return host;
  } catch (error) {
    container.teardown();
    throw error;
  }
}

interface HostSetup {
  boot: BootContainer;
  files: ContainerFiles;
  timing: HostTiming;
  flags: string[];
  container: ContainerLike;
}

/** The WebContainer runtime. One per page; runs one program at a time. */
export class WebContainerHost implements RunnerHost {
  readonly kind = "webcontainer" as const;
  /** What `node --version` printed in the first container (`v22.22.0`), once it has printed it. */
  nodeVersion: string | undefined;
  readonly #setup: HostSetup;
  /** The container runs go to: a booted, prepared one, or the one booting to replace it. */
  #ready: Promise<ContainerLike>;
  /** Settles once the run before has let go of the container (killed, or the container replaced). */
  #released: Promise<void> = Promise.resolve();
  #current: RunLifecycle | undefined;
  #runs = 0;
  #disposed = false;
  #bootFailed = false;
  /** Why the last restart failed, until a run boots again. */
  #restartError: string | undefined;
  #restarting = false;
  /** Containers already torn down: the real API throws on a second teardown (1.6.x). */
  readonly #tornDown = new WeakSet<ContainerLike>();

  constructor(setup: HostSetup) {
    this.#setup = setup;
    this.#ready = Promise.resolve(setup.container);
  }

  run(javascript: string, options: RunOptions): RunHandle {
    this.#current?.halt("stopped");
    const file = `main-${++this.#runs}.mjs`;
    const key = crypto.randomUUID();
    let process: ContainerProcess | undefined;
    let spawning: Promise<ContainerProcess> | undefined;
    let halted = false;
    // The next run starts once this one has let go of the container: its process gone, or the
    // container replaced. Whoever ends the run (the program, or halt) lets go.
    let release: () => void = () => undefined;
    const previous = this.#released;
    this.#released = new Promise<void>((resolve) => (release = resolve));
    const run = startRun(options, {
      halt: async () => {
        halted = true;
        if (process !== undefined) return this.#endProcess(process, run).finally(release);
        // Still starting: the run ends now, and its process is ended as soon as it exists.
        if (spawning !== undefined)
          void spawning
            .then((late) => this.#endProcess(late))
            .catch(() => undefined)
            .finally(release);
        else release();
      },
    });
    this.#current = run;
    // A function, so checks after an await see the current value (a plain read looks constant to TS).
    const ended = () => run.ended;
    const start = async () => {
      await previous;
      const container = await this.#container();
      if (ended()) return;
      const probe = javascriptProbe(options.probe);
      const probeFile = `probe-${this.#runs}.mjs`;
      await container.mount({
        [file]: { file: { contents: javascript } },
        ...(probe === undefined ? {} : { [probeFile]: { file: { contents: probe.javascript } } }),
      });
      if (ended()) return;
      spawning = container.spawn("node", [...this.#setup.flags, "--import", "./preload.mjs", file], {
        env: {
          ASYNC_TOUR_RUN_KEY: key,
          ...(probe === undefined
            ? {}
            : { ASYNC_TOUR_PROBE: `./${probeFile}`, ASYNC_TOUR_WORDS: JSON.stringify(probe.words) }),
        },
      });
      process = await spawning;
      if (ended()) return;
      await this.#follow(process, key, run);
      if (!halted) release();
    };
    start().catch((error: unknown) => {
      if (!halted) release();
      const message = error instanceof Error ? error.message : String(error);
      run.report({ type: "output", stream: "stderr", text: message, atMs: run.elapsedMs() });
      run.finish(exitCodes.hostError, "error");
    });
    return run.handle;
  }

  dispose(): void {
    this.#disposed = true;
    this.#current?.halt("stopped");
    void this.#ready.then((container) => this.#teardown(container)).catch(() => undefined);
  }

  /**
   * Whether a run can start in a container now: not while a new container boots after a Stop (a
   * reboot takes seconds, and a run must not wait for it unseen), nor after that boot failed.
   */
  readiness(): HostReadiness {
    if (this.#restarting) return { state: "restarting" };
    if (this.#restartError !== undefined) return { state: "failed", reason: this.#restartError };
    return { state: "ready" };
  }

  /** Tears `container` down once; a second call would throw in the real API. */
  #teardown(container: ContainerLike): void {
    if (this.#tornDown.has(container)) return;
    this.#tornDown.add(container);
    try {
      container.teardown();
    } catch {
      // Already gone: nothing is left running.
    }
  }

  /** The container to run in; after a failed boot, the next run tries booting again. */
  #container(): Promise<ContainerLike> {
    if (this.#disposed) return Promise.reject(new Error("This WebContainer host has been disposed."));
    if (this.#bootFailed) {
      this.#bootFailed = false;
      this.#restartError = undefined;
      this.#ready = this.#bootNew();
    }
    return this.#ready;
  }

  /** Reads a process's output into the run, and finishes the run when the program has ended. */
  async #follow(process: ContainerProcess, key: string, run: RunLifecycle): Promise<void> {
    const spawnedMs = run.elapsedMs();
    // Stderr outside frames has no clock of its own: estimate it from how far the host's clock
    // runs ahead of the program's, as seen on the framed lines.
    let clockLeadMs = spawnedMs;
    let end: { code: number; atMs: number } | undefined;
    let sawEnd: () => void = () => undefined;
    const ended = new Promise<void>((resolve) => (sawEnd = resolve));
    const output = new RunOutput(key, {
      line: (stream, text, programMs, moreChars) => {
        const arrivedMs = run.elapsedMs();
        if (programMs !== undefined) clockLeadMs = Math.min(clockLeadMs, arrivedMs - programMs);
        const atMs = programMs ?? Math.max(0, arrivedMs - clockLeadMs);
        // Once: the run pipeline makes the timeline's output mark from this same event.
        run.report({ type: "output", stream, text, atMs, ...(moreChars > 0 ? { moreChars } : {}) });
      },
      timeline: (event) => run.report({ type: "timeline", event }),
      dropped: (lines, spans) => run.report({ type: "dropped", lines, spans }),
      check: (text, atMs) => run.report({ type: "check", text, atMs }),
      end: (code, atMs) => {
        end ??= { code, atMs };
        sawEnd();
      },
    });
    // Output goes on arriving after the exit; the end record says it is all there. Should it never
    // come (a process killed outright), the run ends once the output has been quiet for the grace.
    let quiet: () => void = () => undefined;
    let quietTimer: ReturnType<typeof setTimeout> | undefined;
    const graceMs = this.#setup.timing.endGraceMs;
    const stopReading = new AbortController();
    void process.output
      .pipeTo(
        new WritableStream({
          write: (chunk) => {
            output.push(chunk);
            if (quietTimer === undefined) return;
            clearTimeout(quietTimer);
            quietTimer = setTimeout(quiet, graceMs);
          },
        }),
        { signal: stopReading.signal },
      )
      .catch(() => undefined);
    const code = await process.exit;
    await Promise.race([
      ended,
      new Promise<void>((resolve) => {
        quiet = resolve;
        quietTimer = setTimeout(resolve, graceMs);
      }),
    ]);
    clearTimeout(quietTimer);
    stopReading.abort();
    output.flush();
    const durationMs = end?.atMs ?? Math.max(0, run.elapsedMs() - spawnedMs);
    run.finish(code, code === 0 ? "finished" : "error", durationMs);
  }

  /**
   * Kills a process; if it has not exited within the grace, tears the container down (the only
   * thing that ends a busy loop), tells the run, and boots a new container in the background.
   */
  async #endProcess(process: ContainerProcess, run?: RunLifecycle): Promise<void> {
    process.kill();
    const exited = await Promise.race([
      process.exit.then(() => true),
      delay(this.#setup.timing.killGraceMs).then(() => false),
    ]);
    if (exited) return;
    run?.report({ type: "notice", key: "runtimeRestarted" });
    await this.#restart();
  }

  async #restart(): Promise<void> {
    this.#restarting = true;
    const old = await this.#ready.catch(() => undefined);
    if (old !== undefined) this.#teardown(old);
    if (this.#disposed) return;
    const ready = this.#bootNew();
    this.#ready = ready;
    ready.then(
      () => {
        if (this.#ready === ready) this.#restarting = false;
      },
      (error: unknown) => {
        if (this.#ready !== ready) return;
        this.#restarting = false;
        this.#restartError = error instanceof Error ? error.message : String(error);
      },
    );
  }

  /** Boots and prepares a new container; the real API allows one only after the last teardown. */
  #bootNew(): Promise<ContainerLike> {
    const { boot, files, timing } = this.#setup;
    const ready = (async () => {
      let container: ContainerLike;
      const booting = boot();
      try {
        container = await Promise.race([
          booting,
          delay(timing.rebootMs).then(() => {
            throw new Error(`it did not boot within ${timing.rebootMs} ms`);
          }),
        ]);
      } catch (error) {
        // A boot that settles after all is not left running unused.
        void booting.then((late) => this.#teardown(late)).catch(() => undefined);
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`The WebContainer could not restart: ${reason}`, { cause: error });
      }
      try {
        await prepareContainer(container, files, timing.serverReadyMs);
        return container;
      } catch (error) {
        this.#teardown(container);
        throw error;
      }
    })();
    ready.catch(() => (this.#bootFailed = true));
    return ready;
  }
}
