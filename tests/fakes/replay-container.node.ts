/**
 * A container that plays back a runner check record (src/runner/check/check-record.ts). Each
 * `spawn` takes the first unplayed recorded process that ran the same mounted program (or, with
 * none, had the same command line); its `output` delivers that process's chunks as recorded,
 * split where they were split;
 * `exit` resolves with the recorded code, and output recorded after `exit` still comes after it.
 * A process that was killed exits only once `kill()` is called here too; one whose `exit` never
 * resolved (a busy loop that ignored `kill()`) never exits; an output stream that never closed
 * never closes. The record's `server-ready` ports are announced after the first spawn.
 *
 * Two things differ from run to run and are put back: environment values (the run's fresh
 * timeline key) and the program's file name are replaced, in the chunks, by the new run's own,
 * so the host reads the record as if it were its own run.
 */
import type { CheckRecord, RecordedProcess } from "../../src/runner/check/check-record.ts";
import { mountedProgram, rememberMount } from "../../src/runner/check/recording-container.ts";
import type { ContainerLike, ContainerProcess } from "../../src/runner/webcontainer/webcontainer-host.ts";

type Tree = Parameters<ContainerLike["mount"]>[0];

/** Replaces each `[from, to]` in the text of `chunks`, keeping every other chunk boundary. */
export function substituteInChunks(chunks: readonly string[], pairs: readonly [string, string][]): string[] {
  const wanted = pairs.filter(([from, to]) => from !== "" && from !== to);
  if (wanted.length === 0) return [...chunks];
  const text = chunks.join("");
  const ends: number[] = [];
  let offset = 0;
  for (const chunk of chunks) ends.push((offset += chunk.length));
  let result = "";
  const newEnds: number[] = [];
  let endIndex = 0;
  for (let index = 0; index < text.length;) {
    const found = wanted.find(([from]) => text.startsWith(from, index));
    const [taken, written] = found ?? [text.charAt(index), text.charAt(index)];
    index += taken.length;
    result += written;
    // A boundary that fell inside a replaced string moves to its end.
    while (endIndex < ends.length && (ends[endIndex] ?? 0) <= index) {
      newEnds.push(result.length);
      endIndex += 1;
    }
  }
  while (newEnds.length < chunks.length) newEnds.push(result.length);
  return newEnds.map((end, index) => result.slice(index === 0 ? 0 : newEnds[index - 1], end));
}

function commandLine(command: string, args: readonly string[]): string {
  return [command, ...args].join(" ");
}

/** The replaying container. */
export class ReplayContainer implements ContainerLike {
  readonly #unplayed: RecordedProcess[];
  readonly #mounted = new Map<string, string>();
  readonly #listeners = new Set<(port: number, url: string) => void>();
  readonly #serverReadyPorts: readonly number[];
  #spawned = 0;

  constructor(record: CheckRecord) {
    const verdictProcesses = [...record.cases, ...record.samples].flatMap((verdict) =>
      verdict.process === undefined ? [] : [{ ...verdict.process, chunks: verdict.chunks }],
    );
    this.#unplayed = [...verdictProcesses, ...record.otherProcesses].sort((a, b) => a.sequence - b.sequence);
    this.#serverReadyPorts = record.serverReadyPorts;
  }

  mount(tree: Tree): Promise<void> {
    rememberMount(tree, this.#mounted);
    return Promise.resolve();
  }

  spawn(
    command: string,
    args: string[],
    options?: { env?: Record<string, string> },
  ): Promise<ContainerProcess> {
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
    const pairs: [string, string][] = [
      ...Object.entries(recorded.env).map(([name, value]): [string, string] => [value, env[name] ?? value]),
    ];
    const [recordedFile, file] = [recorded.args.at(-1), args.at(-1)];
    if (program !== undefined && recordedFile !== undefined && file !== undefined)
      pairs.push([recordedFile, file]);
    return Promise.resolve(playBack(recorded, substituteInChunks(recorded.chunks, pairs)));
  }

  on(_event: "server-ready", listener: (port: number, url: string) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Recorded processes that no spawn has asked for yet. */
  unplayed(): readonly RecordedProcess[] {
    return this.#unplayed;
  }

  #announceServers(): void {
    for (const port of this.#serverReadyPorts)
      for (const listener of this.#listeners) listener(port, `http://localhost:${port}`);
  }
}

function playBack(recorded: RecordedProcess, chunks: string[]): ContainerProcess {
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
        // A process that exited on its own exits now; a killed one waits for `kill()`.
        else if (!recorded.killed) exitNow();
      }, 0);
    },
  });
  return {
    output,
    exit,
    kill: () => {
      if (recorded.killed) setTimeout(() => exitNow(), 0);
    },
  };
}
