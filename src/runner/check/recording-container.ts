/**
 * Wraps a container so that everything its processes print is also kept, chunk by chunk, exactly
 * as the container delivered it. It sits between the container and `createWebContainerHost`, so
 * it needs nothing from the host's internals: the host reads the same stream it always did.
 * Used on the real WebContainer by `/runner-check/`, and on the fake to record a stand-in fixture.
 */
import type { ContainerLike, ContainerProcess } from "../webcontainer/container.ts";
import type { RecordedProcess } from "./check-record.ts";

type Tree = Parameters<ContainerLike["mount"]>[0];

/** What a recorder has kept so far, from every container it wrapped. */
export interface Recording {
  /** Every process spawned so far, in spawn order, still filling while they run. */
  processes: RecordedProcess[];
  /** Ports announced with `server-ready`, each once, in order. */
  serverReadyPorts: number[];
}

/**
 * A recorder: wraps any number of containers into one recording, as the host boots a new one
 * after a Stop that did not stop. Give the host a boot factory that returns `wrap(booted)`.
 */
export interface Recorder extends Recording {
  /** A container like `inner` whose processes are recorded; hand it to the host instead. */
  wrap(inner: ContainerLike): ContainerLike;
}

/**
 * The program a process runs: the contents of the last argument that names a mounted file (the
 * script comes after the options, and `--import ./preload.mjs` names a mounted file too).
 */
export function mountedProgram(
  args: readonly string[],
  mounted: ReadonlyMap<string, string>,
): string | undefined {
  return args
    .map((arg) => mounted.get(arg.replace(/^\.\//, "")))
    .findLast((contents) => contents !== undefined);
}

/** Notes the contents of every file in a mounted tree, by name. */
export function rememberMount(tree: Tree, into: Map<string, string>): void {
  for (const [name, node] of Object.entries(tree)) into.set(name, node.file.contents);
}

/** A recorder keeping up to `maxChars` of each process's output. */
export function createRecorder(maxChars = Infinity): Recorder {
  const recording: Recording = { processes: [], serverReadyPorts: [] };
  let containers = 0;
  return {
    ...recording,
    wrap: (inner) => new RecordedContainer(inner, recording, containers++, maxChars),
  };
}

/** One wrapped container: it passes everything through, and records its processes on the way. */
class RecordedContainer implements ContainerLike {
  readonly #inner: ContainerLike;
  readonly #recording: Recording;
  readonly #index: number;
  readonly #maxChars: number;
  /** Each container has its own files: a program is looked up in the one that runs it. */
  readonly #mounted = new Map<string, string>();
  constructor(inner: ContainerLike, recording: Recording, index: number, maxChars: number) {
    this.#inner = inner;
    this.#recording = recording;
    this.#index = index;
    this.#maxChars = maxChars;
  }

  async mount(tree: Tree): Promise<void> {
    rememberMount(tree, this.#mounted);
    await this.#inner.mount(tree);
  }

  async spawn(
    command: string,
    args: string[],
    options?: { env?: Record<string, string> },
  ): Promise<ContainerProcess> {
    const { processes } = this.#recording;
    const recorded: RecordedProcess = {
      sequence: processes.length,
      container: this.#index,
      command,
      args: [...args],
      env: { ...options?.env },
      chunks: [],
      droppedChars: 0,
      chunksBeforeExit: 0,
      exitCode: null,
      killed: false,
      tornDown: false,
      outputClosed: false,
    };
    const program = mountedProgram(args, this.#mounted);
    if (program !== undefined) recorded.program = program;
    processes.push(recorded);
    return this.#record(await this.#inner.spawn(command, args, options), recorded);
  }

  on(event: "server-ready", listener: (port: number, url: string) => void): () => void;
  on(event: "error", listener: (error: { message: string }) => void): () => void;
  on(
    event: "server-ready" | "error",
    listener: ((port: number, url: string) => void) | ((error: { message: string }) => void),
  ): () => void {
    if (event === "error") return this.#inner.on(event, listener as (error: { message: string }) => void);
    const ready = listener as (port: number, url: string) => void;
    return this.#inner.on(event, (port, url) => {
      const ports = this.#recording.serverReadyPorts;
      if (!ports.includes(port)) ports.push(port);
      ready(port, url);
    });
  }

  teardown(): void {
    // A process still running ends with its container (if its exit is reported at all).
    for (const recorded of this.#recording.processes)
      if (recorded.container === this.#index && recorded.exitCode === null) recorded.tornDown = true;
    this.#inner.teardown();
  }

  #record(process: ContainerProcess, recorded: RecordedProcess): ContainerProcess {
    const [forHost, forRecord] = process.output.tee();
    let kept = 0;
    // Read eagerly, so a chunk is counted when it arrives, not when the host gets round to it.
    void forRecord
      .pipeTo(
        new WritableStream({
          write: (chunk) => {
            const room = this.#maxChars - kept;
            if (room < chunk.length) recorded.droppedChars += chunk.length - Math.max(0, room);
            if (room <= 0) return;
            recorded.chunks.push(chunk.slice(0, room));
            kept += Math.min(room, chunk.length);
          },
        }),
      )
      .then(
        () => (recorded.outputClosed = true),
        () => undefined,
      );
    const exit = process.exit.then((code) => {
      recorded.exitCode = code;
      recorded.chunksBeforeExit = recorded.chunks.length;
      return code;
    });
    const kill = () => {
      // The host also kills a process that has already exited; only a kill that ends one counts.
      if (recorded.exitCode === null) recorded.killed = true;
      process.kill();
    };
    return { output: forHost, exit, kill };
  }
}
