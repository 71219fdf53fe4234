/**
 * The slice of `@webcontainer/api` the host uses, so tests can pass a fake, and getting a freshly
 * booted container ready to run programs: the files mounted, the practice server listening.
 */
import { containerEngines, nodeTestFloor } from "./node-floor.ts";

/** The process API this host uses (a subset of `WebContainerProcess`). */
export interface ContainerProcess {
  /** The pty: stdout and stderr merged. The real stream does not close when the process exits. */
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
  on(event: "error", listener: (error: { message: string }) => void): () => void;
  /** Ends the container and every process in it. Only then can another one boot. */
  teardown(): void;
}

/** Boots a new container; the real API allows one at a time (`WebContainer.boot`). */
export type BootContainer = () => Promise<ContainerLike>;

/** The files mounted into the container. */
export interface ContainerFiles {
  /** The practice server bundled for Node (listens on 8787). */
  practiceServer: string;
  /** Loaded with `--import` before each program: frames its output and records its timeline. */
  preload: string;
}

/** The practice server's port, the same in both runtimes. */
export const practicePort = 8787;

/**
 * Flags each program runs with, where this Node knows them: Node 20 (the container's until early
 * 2026) has a global WebSocket only behind the first (later versions accept the flag and need it
 * not), and its experimental warnings would add stderr lines that the same program does not print
 * in the built-in runtime.
 */
const wantedFlags = ["--experimental-websocket", "--disable-warning=ExperimentalWarning"];

/** The wanted flags this container's Node accepts (it refuses to start with an unknown one). */
export async function acceptedNodeFlags(container: ContainerLike): Promise<string[]> {
  const accepted = await Promise.all(
    wantedFlags.map(async (flag) => (await (await container.spawn("node", [flag, "-e", ""])).exit) === 0),
  );
  return wantedFlags.filter((_flag, index) => accepted[index]);
}

/**
 * Reads a process's output, to explain why it failed: the first error line Node printed, else the
 * last of the output. Lines are read one by one, as a crash can print a whole minified bundle line.
 */
function failureReason(process: ContainerProcess): () => string {
  let line = "";
  let tail = "";
  let error: string | undefined;
  const clean = (text: string) =>
    // eslint-disable-next-line no-control-regex -- the pty's colour codes mean nothing in a message.
    text.replace(/\u001b\[[0-9;?]*[A-Za-z]|\r/g, "");
  void process.output
    .pipeTo(
      new WritableStream({
        write(chunk) {
          tail = (tail + chunk).slice(-500);
          const parts = (line + chunk).split("\n");
          line = (parts.pop() ?? "").slice(0, 2_000);
          error ??= parts.map(clean).find((part) => /^(?:Uncaught )?(?:[A-Z]\w*)?Error\b/.test(part));
        },
      }),
    )
    .catch(() => undefined);
  return () => error ?? (clean(tail).trim() || "(no output)");
}

/**
 * Mounts the files and starts the practice server; resolves once the container says it listens.
 * Rejects with the reason when the server's process ends first (its port taken, say), when the
 * container reports an error, or after `limitMs`.
 */
export async function prepareContainer(
  container: ContainerLike,
  files: ContainerFiles,
  limitMs: number,
): Promise<void> {
  const unsubscribe: (() => void)[] = [];
  try {
    const failed = new Promise<never>((_resolve, reject) => {
      unsubscribe.push(
        container.on("error", (error) =>
          reject(new Error(`The WebContainer reported an error: ${error.message}`)),
        ),
      );
      const timer = setTimeout(
        () =>
          reject(new Error(`The practice server did not start in the WebContainer within ${limitMs} ms.`)),
        limitMs,
      );
      unsubscribe.push(() => clearTimeout(timer));
    });
    const ready = new Promise<void>((resolve) => {
      unsubscribe.push(container.on("server-ready", (port) => port === practicePort && resolve()));
    });
    const started = (async () => {
      await container.mount({
        // The Node.js the samples are written for, said where the container and tools look for it.
        "package.json": {
          file: {
            contents: JSON.stringify({ type: "module", private: true, engines: { node: containerEngines } }),
          },
        },
        ".nvmrc": { file: { contents: `${nodeTestFloor.major}\n` } },
        "practice-server.mjs": { file: { contents: files.practiceServer } },
        "preload.mjs": { file: { contents: files.preload } },
      });
      const server = await container.spawn("node", ["practice-server.mjs"]);
      const reason = failureReason(server);
      const code = await server.exit;
      throw new Error(`The practice server stopped with exit code ${code} before it was ready: ${reason()}`);
    })();
    await Promise.race([ready, failed, started]);
  } finally {
    for (const stop of unsubscribe) stop();
  }
}

/** Runs `node --version` in the container and returns what it printed (`v20.19.1`). */
export async function containerNodeVersion(container: ContainerLike, limitMs = 10_000): Promise<string> {
  const process = await container.spawn("node", ["--version"]);
  const reader = process.output.getReader();
  // The real container's output stream may never close: read until the version is in, or give up.
  const deadline = setTimeout(() => void reader.cancel(), limitMs);
  let printed = "";
  while (!/v\d+\.\d+\.\d+/.test(printed)) {
    const { done, value } = await reader.read();
    if (done) break;
    printed += value;
  }
  clearTimeout(deadline);
  void reader.cancel();
  // eslint-disable-next-line no-control-regex -- the pty adds ANSI codes around the text.
  const version = printed.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, "").trim();
  if (version === "") throw new Error(`node --version printed nothing within ${limitMs} ms.`);
  return version;
}
