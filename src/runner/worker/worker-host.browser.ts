/**
 * The in-browser fallback host: runs learner JavaScript in a module Worker inside the sandboxed
 * relay iframe. Stop terminates the worker at once, which ends even `while (true) {}`.
 */
import type { RunHandle, RunnerHost, RunOptions } from "../types.ts";
import { exitCodes, startRun, type RunLifecycle } from "../run-lifecycle.ts";
import { javascriptProbe } from "../../exercises/python-probe.ts";
import { runtimeScriptUrl } from "./runtime-url.ts";
import { createHeartbeat, type Heartbeat } from "./heartbeat.ts";
import { createSandboxFrame, type RelayMessage, type SandboxFrame } from "./sandbox-frame.browser.ts";
import { validateSandboxEvent } from "./sandbox-event.ts";

/** The most events one batch may carry (event-batch.ts sends at most 1,000): a count is never trusted. */
const maxEventsPerBatch = 1_000;

interface ActiveRun {
  id: number;
  run: RunLifecycle;
  /** Whether the runtime said the program stopped answering (see runtime.worker.ts). */
  silent: boolean;
}

function isBatch(value: unknown): value is { type: "batch"; events: unknown[] } {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { type?: unknown }).type === "batch" &&
    Array.isArray((value as { events?: unknown }).events)
  );
}

/** The fallback runtime. One per page; runs one program at a time. */
export class WorkerHost implements RunnerHost {
  readonly kind = "worker" as const;
  #frame: Promise<SandboxFrame> | undefined;
  #runtime: Promise<string> | undefined;
  #active: ActiveRun | undefined;
  #nextId = 1;
  #primed = false;
  /** Waiting for the next word from a program (see `nextAnswer`). */
  #awaitingAnswer: (() => void)[] = [];
  readonly #runtimeUrl: string;
  readonly #heartbeat: Heartbeat;

  constructor(runtimeUrl = runtimeScriptUrl) {
    this.#runtimeUrl = runtimeUrl;
    this.#heartbeat = createHeartbeat({
      ping: () => void this.#post({ type: "ping", at: Date.now() }),
      onDead: () => this.#replaceDeadSandbox(),
    });
  }

  /**
   * The relay stopped answering while a program ran: its process died (out of memory, most often).
   * The run ends saying so, and the next run gets a new sandbox instead of waiting on a dead one.
   */
  #replaceDeadSandbox(): void {
    const active = this.#active;
    this.#active = undefined;
    void this.#frame?.then(({ frame, port }) => {
      port.close();
      frame.remove();
    });
    this.#frame = undefined;
    this.#primed = false;
    if (active === undefined) return;
    active.run.report({ type: "notice", key: "sandboxDied" });
    active.run.finish(exitCodes.sandboxDied, "error");
  }

  /** Stops the heartbeat and removes the sandbox frame and its port; the next run makes a new one. */
  #removeSandbox(): void {
    this.#heartbeat.stop();
    void this.#frame?.then(({ frame, port }) => {
      port.close();
      frame.remove();
    });
    this.#frame = undefined;
    this.#primed = false;
  }

  /**
   * Ends a run whose program had stopped answering by throwing the whole sandbox away, not just
   * its worker: a worker that ran out of memory can take the frame's process down as it is ended
   * (seen in Chromium, seconds later), which would cost the next run its sandbox too. A new relay
   * is started at once, so the next run does not wait for it.
   */
  #discardSandbox(): void {
    this.#removeSandbox();
    void this.warmUp();
  }

  /**
   * Starts the relay ahead of the first run, so Run answers fast. The runtime itself (about 24 KB
   * gzipped, most of it Node's formatter) waits for the learner to reach for Run (see
   * `prefetchRuntime`), so a page that is only read never downloads it.
   */
  warmUp(): Promise<void> {
    this.#frame ??= createSandboxFrame((message) => this.#receive(message));
    this.#prime();
    return this.#frame.then(() => undefined);
  }

  /**
   * Starts downloading the runtime without running anything, for the moment a learner reaches for
   * Run: the download then overlaps with loading the page's run controller instead of following it.
   */
  prefetchRuntime(): void {
    this.#loadRuntime().catch(() => undefined);
    this.#prime();
  }

  /**
   * Once the relay and the runtime are both there, has the relay start a worker with the runtime
   * loaded and no program, so the next Run skips starting a thread and compiling the runtime.
   */
  #prime(): void {
    const [frame, runtime] = [this.#frame, this.#runtime];
    if (this.#primed || frame === undefined || runtime === undefined) return;
    this.#primed = true;
    Promise.all([frame, runtime])
      .then(([, text]) => this.#post({ type: "prime", runtime: text }))
      .catch(() => {
        // Nothing is lost: a run starts its own worker, and a later call may prime again.
        this.#primed = false;
      });
  }

  #loadRuntime(): Promise<string> {
    this.#runtime ??= fetch(this.#runtimeUrl)
      .then((response) => {
        if (!response.ok)
          throw new Error(`The runner could not load ${this.#runtimeUrl} (${response.status}).`);
        return response.text();
      })
      .catch((error: unknown) => {
        // A failed download is tried again on the next Run rather than remembered.
        this.#runtime = undefined;
        throw error;
      });
    return this.#runtime;
  }

  /**
   * Resolves the next time a run hears from its program or ends, whichever comes first: the page
   * holds back heavy work (booting Node.js) until the learner's first Run has answered.
   */
  nextAnswer(): Promise<void> {
    return new Promise((resolve) => this.#awaitingAnswer.push(resolve));
  }

  #answered(): void {
    for (const resolve of this.#awaitingAnswer.splice(0)) resolve();
  }

  run(javascript: string, options: RunOptions): RunHandle {
    this.#active?.run.halt("stopped");
    const id = this.#nextId++;
    const run = startRun(options, {
      // Terminating the worker ends even `while (true) {}` at once.
      halt: () => {
        const silent = this.#active?.id === id && this.#active.silent;
        if (this.#active?.id === id) this.#active = undefined;
        if (silent) this.#discardSandbox();
        else void this.#post({ type: "stop" });
      },
    });
    this.#active = { id, run, silent: false };
    void run.handle.done.then(() => {
      if (this.#active === undefined || this.#active.id === id) {
        this.#active = undefined;
        this.#heartbeat.stop();
      }
      this.#answered();
    });
    Promise.all([this.warmUp(), this.#loadRuntime()])
      .then(async ([, runtime]) => {
        if (run.ended) return;
        await this.#post({
          type: "run",
          runId: id,
          runtime,
          code: javascript,
          maxLines: options.maxLines,
          probe: javascriptProbe(options.probe),
        });
        // Only now: the relay has started, so its silence from here on means it died.
        if (this.#active?.id === id) this.#heartbeat.start();
      })
      .catch((error: unknown) => {
        run.report({ type: "output", stream: "stderr", text: String(error), atMs: 0 });
        run.finish(exitCodes.hostError, "error");
      });
    return run.handle;
  }

  dispose(): void {
    this.#active?.run.halt("stopped");
    this.#removeSandbox();
  }

  async #post(message: Record<string, unknown>): Promise<void> {
    const sandbox = await this.#frame;
    sandbox?.port.postMessage(message);
  }

  #receive(message: RelayMessage): void {
    // Any word from the relay, a pong or a run's event, shows that it is alive.
    this.#heartbeat.heard();
    const active = this.#active;
    if (active === undefined || message.runId !== active.id) return;
    // The runtime sends its events in batches (event-batch.ts); a crash comes from the relay alone.
    const events = isBatch(message.event)
      ? message.event.events.slice(0, maxEventsPerBatch)
      : [message.event];
    for (const raw of events) {
      if (this.#active !== active) return;
      const event = validateSandboxEvent(raw, active.run.elapsedMs());
      if (event !== undefined) this.#handle(active, event);
    }
  }

  #handle(active: ActiveRun, event: NonNullable<ReturnType<typeof validateSandboxEvent>>): void {
    this.#answered();
    if (event.type === "crash") {
      active.run.report({ type: "output", stream: "stderr", text: event.message, atMs: 0 });
      active.run.finish(exitCodes.hostError, "error", 0);
    } else if (event.type === "exit") {
      // The worker is done: let the relay end it, so no worker outlives its run.
      void this.#post({ type: "stop" });
      active.run.finish(event.code, event.reason, event.durationMs);
    } else {
      if (event.type === "notice" && event.key === "programSilent") active.silent = true;
      active.run.report(event);
    }
  }
}
