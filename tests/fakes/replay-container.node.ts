/**
 * Containers that play back a runner check record (src/runner/check/check-record.ts), as many as
 * the host boots, one at a time as the real API allows. Each `spawn` takes the first unplayed
 * recorded process that ran the same mounted program (or, with none, had the same command line);
 * its `output` delivers that process's chunks as recorded, split where they were split, and
 * never closes if the recorded one never closed. `exit` comes as it came: on its own, on `kill()`
 * for a process that was killed, at the teardown for one whose container was torn down while it
 * ran (a busy loop that ignored `kill()`), or never; output recorded after `exit` comes after it.
 * Each container announces the record's `server-ready` ports after its first spawn. The record's
 * `error` events are not played: when they came is not recorded.
 *
 * What differs from run to run is put back (rewrite-chunks.ts): the run's frame key and its
 * program's file name become the new run's, so the host reads the record as its own run.
 */
import type { CheckRecord, RecordedProcess } from "../../src/runner/check/check-record.ts";
import { mountedProgram, rememberMount } from "../../src/runner/check/recording-container.ts";
import type {
  BootContainer,
  ContainerLike,
  ContainerProcess,
} from "../../src/runner/webcontainer/container.ts";
import { rewriteChunks } from "./rewrite-chunks.ts";

type Tree = Parameters<ContainerLike["mount"]>[0];

function commandLine(command: string, args: readonly string[]): string {
  return [command, ...args].join(" ");
}

/** The variable the host passes each run's frame key in (webcontainer-host.ts). */
const runKeyVariable = "ASYNC_TOUR_RUN_KEY";

/** A replay of one record: `boot` yields its containers, which share what is left to play. */
export class ReplaySession {
  readonly #unplayed: RecordedProcess[];
  readonly #serverReadyPorts: readonly number[];
  #booted: ReplayContainer | undefined;
  /** How many containers were booted, for tests that count restarts. */
  boots = 0;

  constructor(record: CheckRecord) {
    const verdictProcesses = [...record.cases, ...record.samples].flatMap((verdict) =>
      verdict.process === undefined ? [] : [{ ...verdict.process, chunks: verdict.chunks }],
    );
    this.#unplayed = [...verdictProcesses, ...record.otherProcesses].sort((a, b) => a.sequence - b.sequence);
    this.#serverReadyPorts = record.serverReadyPorts;
  }

  /** `WebContainer.boot()`: refuses a second container before the first is torn down. */
  readonly boot: BootContainer = () => {
    if (this.#booted !== undefined && !this.#booted.tornDown)
      return Promise.reject(new Error("Unable to create more instances"));
    this.boots += 1;
    this.#booted = new ReplayContainer(this.#unplayed, this.#serverReadyPorts);
    return Promise.resolve(this.#booted);
  };

  /** Recorded processes that no spawn has asked for yet. */
  unplayed(): readonly RecordedProcess[] {
    return this.#unplayed;
  }
}

type Listeners = {
  "server-ready": Set<(port: number, url: string) => void>;
  error: Set<(error: { message: string }) => void>;
};

/** One replaying container. */
class ReplayContainer implements ContainerLike {
  readonly #unplayed: RecordedProcess[];
  readonly #serverReadyPorts: readonly number[];
  readonly #mounted = new Map<string, string>();
  readonly #listeners: Listeners = { "server-ready": new Set(), error: new Set() };
  /** What the teardown ends: processes recorded as ended by their container's teardown. */
  readonly #endAtTeardown = new Set<() => void>();
  #spawned = 0;
  #tornDown = false;

  constructor(unplayed: RecordedProcess[], serverReadyPorts: readonly number[]) {
    this.#unplayed = unplayed;
    this.#serverReadyPorts = serverReadyPorts;
  }

  /** Whether `teardown()` was called: then the session may boot the next container. */
  get tornDown(): boolean {
    return this.#tornDown;
  }

  mount(tree: Tree): Promise<void> {
    if (this.#tornDown) return Promise.reject(new Error("The WebContainer has been torn down."));
    rememberMount(tree, this.#mounted);
    return Promise.resolve();
  }

  spawn(
    command: string,
    args: string[],
    options?: { env?: Record<string, string> },
  ): Promise<ContainerProcess> {
    if (this.#tornDown) return Promise.reject(new Error("The WebContainer has been torn down."));
    // A process that runs a mounted program is matched by the program (a file name says nothing:
    // every replay numbers its runs afresh); any other by its command line (`node --version`).
    const program = mountedProgram(args, this.#mounted);
    const line = commandLine(command, args);
    const index = this.#unplayed.findIndex((recorded) =>
      program === undefined
        ? recorded.program === undefined && commandLine(recorded.command, recorded.args) === line
        : recorded.program === program,
    );
    const recorded = this.#unplayed[index];
    if (recorded === undefined)
      return Promise.reject(new Error(`The record holds no (further) process for: ${line.slice(0, 200)}`));
    this.#unplayed.splice(index, 1);
    if ((this.#spawned += 1) === 1) setTimeout(() => this.#announceServers(), 0);
    const env = options?.env ?? {};
    const renames = Object.entries(recorded.env).map(([name, value]) => [value, env[name] ?? value] as const);
    const [recordedFile, file] = [recorded.args.at(-1), args.at(-1)];
    if (program !== undefined && recordedFile !== undefined && file !== undefined)
      renames.push([recordedFile, file]);
    const [recordedKey, key] = [recorded.env[runKeyVariable], env[runKeyVariable]];
    const chunks = rewriteChunks(recorded.chunks, {
      renames,
      ...(recordedKey !== undefined && key !== undefined ? { key: [recordedKey, key] as const } : {}),
    });
    const { process, endAtTeardown } = playBack(recorded, chunks);
    if (endAtTeardown !== undefined) this.#endAtTeardown.add(endAtTeardown);
    return Promise.resolve(process);
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

  teardown(): void {
    if (this.#tornDown) return;
    this.#tornDown = true;
    for (const end of this.#endAtTeardown) end();
  }

  #announceServers(): void {
    if (this.#tornDown) return;
    for (const port of this.#serverReadyPorts)
      for (const listener of this.#listeners["server-ready"]) listener(port, `http://localhost:${port}`);
  }
}
/** Plays one recorded process; `endAtTeardown` exits it, for one its container's teardown ended. */
function playBack(
  recorded: RecordedProcess,
  chunks: string[],
): { process: ContainerProcess; endAtTeardown?: () => void } {
  // A process whose `exit` never resolved delivers everything at once, and never exits.
  const beforeExit = recorded.exitCode === null ? chunks.length : recorded.chunksBeforeExit;
  let afterExit: () => void = () => undefined;
  let exitNow: () => void = () => undefined;
  const exit = new Promise<number>((resolve) => {
    exitNow = () => {
      if (recorded.exitCode === null) return;
      resolve(recorded.exitCode);
      // Output that the record saw after `exit` comes after it here too.
      setTimeout(() => afterExit(), 0);
    };
  });
  const output = new ReadableStream<string>({
    start(controller) {
      setTimeout(() => {
        for (const chunk of chunks.slice(0, beforeExit)) controller.enqueue(chunk);
        afterExit = () => {
          for (const chunk of chunks.slice(beforeExit)) controller.enqueue(chunk);
          if (recorded.outputClosed) controller.close();
        };
        if (recorded.exitCode === null) afterExit();
        // One that exited on its own exits now; a killed one waits for `kill()`, and one that
        // its container's teardown ended waits for the teardown.
        else if (!recorded.killed && !recorded.tornDown) exitNow();
      }, 0);
    },
  });
  const kill = () => {
    if (recorded.killed && !recorded.tornDown) setTimeout(() => exitNow(), 0);
  };
  return recorded.tornDown
    ? { process: { output, exit, kill }, endAtTeardown: () => setTimeout(() => exitNow(), 0) }
    : { process: { output, exit, kill } };
}
