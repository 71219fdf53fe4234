/**
 * The WebContainer host: real Node.js in the browser. It mounts prebuilt files (no npm install at
 * run time), starts the practice server once, and runs each program with `node`, streaming its
 * output. The container merges stdout and stderr and adds ANSI codes; the preload marks stdout
 * lines and timeline events (output-marks.ts), so both streams and the timeline come apart again.
 * Written against the small slice of `@webcontainer/api` it uses, so tests can pass a fake.
 */
import type { ExitEvent, RunEvent, RunHandle, RunnerHost, RunOptions } from "../types.ts";
import { readLine } from "./output-marks.ts";

/** The process API this host uses (a subset of `WebContainerProcess`). */
export interface ContainerProcess {
  output: ReadableStream<string>;
  exit: Promise<number>;
  kill(): void;
}

/** The container API this host uses (a subset of `WebContainer`). */
export interface ContainerLike {
  mount(tree: Record<string, { file: { contents: string } }>): Promise<void>;
  spawn(
    command: string,
    args: string[],
    options?: { env?: Record<string, string> },
  ): Promise<ContainerProcess>;
  on(event: "server-ready", listener: (port: number, url: string) => void): () => void;
}

/** The files mounted into the container. */
export interface ContainerFiles {
  /** The practice server bundled for Node (listens on 8787). */
  practiceServer: string;
  /** Loaded with `--import` before each program: records the timeline as marked lines. */
  preload: string;
}

const practicePort = 8787;
/**
 * Flags each program runs with, where this Node knows them: Node 20 (the container's) has a global
 * WebSocket only behind the first (later versions accept it), and its experimental warnings would
 * add stderr lines that the same program does not print in the fallback.
 */
const wantedFlags = ["--experimental-websocket", "--disable-warning=ExperimentalWarning"];

function waitForServer(container: ContainerLike, limitMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error("The practice server did not start in the WebContainer.")),
      limitMs,
    );
    const unsubscribe = container.on("server-ready", (port) => {
      if (port !== practicePort) return;
      clearTimeout(timer);
      unsubscribe();
      resolve();
    });
  });
}

/** Prepares a booted container and returns the host. */
export async function createWebContainerHost(
  container: ContainerLike,
  files: ContainerFiles,
): Promise<RunnerHost> {
  await container.mount({
    "package.json": { file: { contents: JSON.stringify({ type: "module", private: true }) } },
    "practice-server.mjs": { file: { contents: files.practiceServer } },
    "preload.mjs": { file: { contents: files.preload } },
  });
  const ready = waitForServer(container, 20_000);
  await container.spawn("node", ["practice-server.mjs"]);
  const [flags] = await Promise.all([nodeFlags(container), ready]);
  return new WebContainerHost(container, flags);
}

/** The wanted flags this container's Node accepts (it refuses to start with an unknown one). */
async function nodeFlags(container: ContainerLike): Promise<string[]> {
  const accepted = await Promise.all(
    wantedFlags.map(async (flag) => (await (await container.spawn("node", [flag, "-e", ""])).exit) === 0),
  );
  return wantedFlags.filter((_flag, index) => accepted[index]);
}

class WebContainerHost implements RunnerHost {
  readonly kind = "webcontainer" as const;
  #stopCurrent: (() => void) | undefined;
  #runs = 0;
  readonly #container: ContainerLike;
  readonly #flags: string[];

  constructor(container: ContainerLike, flags: string[]) {
    this.#container = container;
    this.#flags = flags;
  }

  run(javascript: string, options: RunOptions): RunHandle {
    this.#stopCurrent?.();
    const file = `main-${++this.#runs}.mjs`;
    const startedAt = performance.now();
    const elapsed = () => performance.now() - startedAt;
    let process: ContainerProcess | undefined;
    let finished = false;
    // A function, so checks after an await see the current value (a plain flag looks constant to TS).
    const isFinished = () => finished;
    let linesLeft = options.maxLines;
    let spawnedMs = 0;
    let dropped = 0;
    let resolveDone: (exit: ExitEvent) => void = () => undefined;
    const done = new Promise<ExitEvent>((resolve) => (resolveDone = resolve));

    const emit = (event: RunEvent) => {
      if (!finished) options.onEvent(event);
    };
    const finish = (code: number, reason: ExitEvent["reason"]) => {
      if (finished) return;
      if (dropped > 0) options.onEvent({ type: "dropped", lines: dropped });
      finished = true;
      clearTimeout(watchdog);
      process?.kill();
      const exit: ExitEvent = { type: "exit", code, reason, durationMs: elapsed() };
      options.onEvent(exit);
      resolveDone(exit);
    };
    const watchdog = setTimeout(() => finish(124, "timeout"), options.timeLimitMs);
    this.#stopCurrent = () => finish(130, "stopped");

    // Output times are on the program's clock, as in the fallback. Stdout lines carry theirs; a
    // stderr line's is estimated from how far the host's clock runs ahead of the program's.
    let clockLeadMs: number | undefined;
    const timelineKey = crypto.randomUUID();
    const handleLine = (raw: string) => {
      const line = readLine(raw, timelineKey);
      if (line.kind === "skip") return;
      if (line.kind === "timeline") return emit({ type: "timeline", event: line.event });
      if (linesLeft <= 0) return void (dropped += 1);
      linesLeft -= 1;
      const arrivedMs = elapsed();
      if (line.atMs !== undefined) clockLeadMs = Math.min(clockLeadMs ?? Infinity, arrivedMs - line.atMs);
      const atMs = line.atMs ?? Math.max(0, arrivedMs - (clockLeadMs ?? spawnedMs));
      emit({ type: "output", stream: line.stream, text: line.text, atMs });
      emit({ type: "timeline", event: { type: "output", stream: line.stream, text: line.text, atMs } });
    };

    const start = async () => {
      await this.#container.mount({ [file]: { file: { contents: javascript } } });
      if (isFinished()) return;
      process = await this.#container.spawn("node", [...this.#flags, "--import", "./preload.mjs", file], {
        env: { ASYNC_TOUR_TIMELINE_KEY: timelineKey },
      });
      spawnedMs = elapsed();
      if (isFinished()) return process.kill();
      let pending = "";
      const reading = process.output.pipeTo(
        new WritableStream({
          write(chunk) {
            const lines = (pending + chunk).split("\n");
            pending = lines.pop() ?? "";
            lines.forEach(handleLine);
          },
        }),
      );
      const code = await process.exit;
      await reading.catch(() => undefined);
      if (pending !== "") handleLine(pending);
      finish(code, code === 0 ? "finished" : "error");
    };
    start().catch((error: unknown) => {
      emit({ type: "output", stream: "stderr", text: String(error), atMs: elapsed() });
      finish(1, "error");
    });
    return { stop: () => finish(130, "stopped"), done };
  }

  dispose(): void {
    this.#stopCurrent?.();
  }
}
