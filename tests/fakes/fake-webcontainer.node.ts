/**
 * A strict fake of the slice of `@webcontainer/api` the host uses, for machines where the real one
 * cannot boot. `mount` writes real files and `spawn` runs real Node processes; each way the real
 * container is less kind than a plain child process is a switch (see {@link FakeSwitches}), and
 * the tests turn them all on. Where each behaviour comes from is noted at its switch.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ContainerLike, ContainerProcess } from "../../src/runner/webcontainer/webcontainer-host.ts";

type Tree = Parameters<ContainerLike["mount"]>[0];

/** The real API's behaviours, each one a switch. */
export interface FakeSwitches {
  /** `process.output` never closes, even after the exit (TutorialKit reads it without awaiting its end). */
  outputNeverCloses: boolean;
  /** Output reaches the reader this long after the process wrote it, so some comes after `exit`. */
  outputLagMs: number;
  /** One pty: stdout and stderr merged, `\n` written as `\r\n`, colours on (a TTY), stderr in red. */
  mergedPty: boolean;
  /** Chunks split at random byte offsets, each decoded on its own: a split character is lost (U+FFFD). */
  splitChunks: boolean;
  /** Every `spawn` takes this long before the process starts (a cold process in the browser). */
  startupLatencyMs: number;
  /** `kill()` is handled by the process's event loop, so a busy loop ignores it (webcontainer-core #1121). */
  killIgnoredWhileBusy: boolean;
  /** Stacks carry the runtime's own frames and name files under /home/async-tour (webcontainer-core #691). */
  runtimeFrames: boolean;
  /** How `boot()` goes: it resolves, never settles, rejects, or resolves and then emits an `error` event. */
  boot: "ok" | "never" | "reject" | "error-event";
  /**
   * What `node --version` prints, when not this machine's: the real container's Node changes under
   * us (20.19 until about March 2026, 22.x since), and the host must cope with an old one.
   */
  nodeVersion?: string;
  /** A second `teardown()` throws, as in @webcontainer/api 1.6.x. */
  teardownTwiceThrows?: boolean;
  /** `boot()` resolves this long after it is called (a real boot or reboot takes seconds). */
  bootLatencyMs?: number;
  /** `teardown()` ends the processes but never frees the instance: every later `boot()` is refused. */
  teardownNeverFinishes?: boolean;
  /** What a process writes to stdout from an `exit` handler is lost unless written synchronously to the fd. */
  exitWritesDropped?: boolean;
  /** A killed process takes this long to die. */
  killExitDelayMs?: number;
}

/** The ways the real API is harsher still than {@link strictSwitches}, each seen in 2026 reports. */
export const harshSwitches: Partial<FakeSwitches> = {
  teardownTwiceThrows: true,
  bootLatencyMs: 8_000,
  exitWritesDropped: true,
  killExitDelayMs: 300,
};

/** No switch on: a kind container, like a plain child process. */
export const kindSwitches: FakeSwitches = {
  outputNeverCloses: false,
  outputLagMs: 0,
  mergedPty: false,
  splitChunks: false,
  startupLatencyMs: 0,
  killIgnoredWhileBusy: false,
  runtimeFrames: false,
  boot: "ok",
};

/** Every switch on, as the real container behaves. */
export const strictSwitches: FakeSwitches = {
  outputNeverCloses: true,
  outputLagMs: 100,
  mergedPty: true,
  splitChunks: true,
  startupLatencyMs: 1_000,
  killIgnoredWhileBusy: true,
  runtimeFrames: true,
  boot: "ok",
};

const probe = fileURLToPath(new URL("./fake-probe.node.ts", import.meta.url));
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A small seeded random source, so a failing split can be run again the same way. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value ^= value + Math.imul(value ^ (value >>> 7), 61 | value);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

type Listeners = {
  "server-ready": Set<(port: number, url: string) => void>;
  error: Set<(error: { message: string }) => void>;
};

/** The fake container. Like the real one, only one can be booted until it is torn down. */
export class FakeWebContainer implements ContainerLike {
  static #booted: FakeWebContainer | undefined;
  /** How many containers were booted in this process, for tests that count restarts. */
  static boots = 0;

  readonly workdir = mkdtempSync(join(tmpdir(), "fake-webcontainer-"));
  readonly switches: FakeSwitches;
  readonly #children = new Set<ChildProcess>();
  readonly #listeners: Listeners = { "server-ready": new Set(), error: new Set() };
  readonly #random: () => number;
  #tornDown = false;

  private constructor(switches: FakeSwitches, seed: number) {
    this.switches = switches;
    this.#random = randomSource(seed);
  }

  /** `WebContainer.boot()`: refuses a second instance before the first is torn down. */
  static boot(switches: Partial<FakeSwitches> = {}, seed = 8): Promise<FakeWebContainer> {
    const settings = { ...kindSwitches, ...switches };
    if (settings.boot === "never") return new Promise<never>(() => undefined);
    if (settings.boot === "reject") return Promise.reject(new Error("Failed to boot WebContainer"));
    if (FakeWebContainer.#booted !== undefined)
      return Promise.reject(new Error("Unable to create more instances"));
    const container = new FakeWebContainer(settings, seed);
    FakeWebContainer.#booted = container;
    FakeWebContainer.boots += 1;
    return delay(settings.bootLatencyMs ?? 0).then(() => container);
  }

  /** Whether `teardown()` was called. */
  get tornDown(): boolean {
    return this.#tornDown;
  }

  mount(tree: Tree): Promise<void> {
    if (this.#tornDown) return Promise.reject(new Error("The WebContainer has been torn down."));
    for (const [name, node] of Object.entries(tree)) {
      const path = join(this.workdir, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, node.file.contents);
    }
    if (this.switches.boot === "error-event") {
      setTimeout(() => {
        for (const listener of this.#listeners.error)
          listener({ message: "Unable to connect to the runtime" });
      }, 10);
    }
    return Promise.resolve();
  }

  async spawn(
    command: string,
    args: string[],
    options?: { env?: Record<string, string> },
  ): Promise<ContainerProcess> {
    this.#assertAlive();
    if (this.switches.startupLatencyMs > 0) await delay(this.switches.startupLatencyMs);
    this.#assertAlive();
    const { switches } = this;
    if (switches.nodeVersion !== undefined && command === "node" && args.join(" ") === "--version")
      args = ["-e", `console.log(${JSON.stringify(switches.nodeVersion)})`];
    const child = spawn(command === "node" ? process.execPath : command, ["--import", probe, ...args], {
      cwd: this.workdir,
      // As in a WebContainer, the given variables are added to the environment.
      env: {
        ...process.env,
        ...(switches.mergedPty ? { FORCE_COLOR: "1" } : { NO_COLOR: "1" }),
        ...(switches.killIgnoredWhileBusy ? { FAKE_WC_KILL_WHEN_IDLE: "1" } : {}),
        ...(switches.runtimeFrames ? { FAKE_WC_RUNTIME_FRAMES: "1", FAKE_WC_WORKDIR: this.workdir } : {}),
        ...(switches.exitWritesDropped ? { FAKE_WC_EXIT_WRITES_DROPPED: "1" } : {}),
        ...options?.env,
      },
      stdio: ["ignore", "pipe", "pipe", "pipe"],
    });
    this.#children.add(child);
    this.#reportServers(child);
    let exited = false;
    const exit = new Promise<number>((resolve) => {
      child.on("exit", (code, signal) => {
        exited = true;
        this.#children.delete(child);
        resolve(code ?? (signal === null ? 1 : 128 + 9));
      });
    });
    const output = new ReadableStream<string>({
      start: (controller) => {
        let open = 2;
        const deliver = (text: string) => {
          if (switches.outputLagMs > 0) setTimeout(() => enqueue(text), switches.outputLagMs);
          else enqueue(text);
        };
        const enqueue = (text: string) => {
          try {
            controller.enqueue(text);
          } catch {
            // The reader cancelled the stream.
          }
        };
        const read = (bytes: Buffer, stream: "stdout" | "stderr") => {
          for (const piece of this.#pieces(bytes, stream)) deliver(piece);
        };
        const closed = () => {
          open -= 1;
          if (open > 0 || switches.outputNeverCloses) return;
          setTimeout(() => {
            try {
              controller.close();
            } catch {
              // Already cancelled.
            }
          }, switches.outputLagMs + 1);
        };
        child.stdout?.on("data", (bytes: Buffer) => read(bytes, "stdout")).on("end", closed);
        child.stderr?.on("data", (bytes: Buffer) => read(bytes, "stderr")).on("end", closed);
      },
    });
    const kill = () => {
      const signal = switches.killIgnoredWhileBusy ? "SIGTERM" : "SIGKILL";
      const dying = switches.killExitDelayMs ?? 0;
      if (dying > 0) setTimeout(() => !exited && child.kill(signal), dying);
      else if (!exited) child.kill(signal);
    };
    return { output, exit, kill };
  }

  on(event: "server-ready", listener: (port: number, url: string) => void): () => void;
  on(event: "error", listener: (error: { message: string }) => void): () => void;
  on(
    event: "server-ready" | "error",
    listener: ((port: number, url: string) => void) | ((error: { message: string }) => void),
  ): () => void {
    const listeners = this.#listeners[event] as Set<typeof listener>;
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  /** Ends every process at once (SIGKILL: no CPU stays busy) and frees the single instance. */
  /** How often `teardown()` was called: a host calls it once per container. */
  teardownCalls = 0;

  teardown(): void {
    this.teardownCalls += 1;
    if (this.#tornDown) {
      if (this.switches.teardownTwiceThrows)
        throw new Error("WebContainer instance has already been torn down");
      return;
    }
    this.#tornDown = true;
    for (const child of this.#children) child.kill("SIGKILL");
    rmSync(this.workdir, { recursive: true, force: true });
    if (this.switches.teardownNeverFinishes) return;
    if (FakeWebContainer.#booted === this) FakeWebContainer.#booted = undefined;
  }

  /** Frees the instance a teardown that never finished still holds (for the tests' clean-up). */
  static forget(): void {
    FakeWebContainer.#booted = undefined;
  }

  #assertAlive(): void {
    if (this.#tornDown) throw new Error("The WebContainer has been torn down.");
  }

  /** How many processes are still running: none should outlive its run. */
  runningProcesses(): number {
    return this.#children.size;
  }

  /** Process ids still running, to check that no process survives a teardown. */
  processIds(): number[] {
    return [...this.#children].flatMap((child) => (child.pid === undefined ? [] : [child.pid]));
  }

  /** The output as the pty delivers it: merged, `\r\n`, colours, split anywhere, each piece decoded alone. */
  #pieces(bytes: Buffer, stream: "stdout" | "stderr"): string[] {
    let data: Buffer = bytes;
    if (this.switches.mergedPty) {
      const text = data.toString("latin1").replace(/\n/g, "\r\n");
      data = Buffer.from(stream === "stderr" ? `\u001b[31m${text}\u001b[39m` : text, "latin1");
    }
    if (!this.switches.splitChunks) return [new TextDecoder().decode(data)];
    const pieces: string[] = [];
    let start = 0;
    while (start < data.length) {
      const length = 1 + Math.floor(this.#random() * Math.min(data.length - start, 4_096));
      // A fresh decoder per piece, not streaming: a character split across pieces becomes U+FFFD.
      pieces.push(new TextDecoder().decode(data.subarray(start, start + length)));
      start += length;
    }
    return pieces;
  }

  /** Fires `server-ready` when a process this container started listens on a port. */
  #reportServers(child: ChildProcess): void {
    let pending = "";
    child.stdio[3]?.on("data", (bytes: Buffer) => {
      const lines = (pending + bytes.toString("utf8")).split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        const { listening } = JSON.parse(line) as { listening: number };
        for (const listener of this.#listeners["server-ready"])
          listener(listening, `http://localhost:${listening}`);
      }
    });
  }
}
