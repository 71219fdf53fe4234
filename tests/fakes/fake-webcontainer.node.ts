/**
 * A faithful fake of the slice of `@webcontainer/api` the host uses, for machines where the real
 * one cannot boot. `mount` writes real files, `spawn` runs real Node processes whose output comes
 * as one stream of strings (stdout and stderr merged, stderr coloured with ANSI codes, as the real
 * container does), `exit` resolves with the exit code, `kill` ends the process, and `server-ready`
 * fires once something accepts connections on a port a process was started to serve.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { ContainerLike, ContainerProcess } from "../../src/runner/webcontainer/webcontainer-host.ts";

type Tree = Parameters<ContainerLike["mount"]>[0];

function portIsOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: "localhost" }, () => {
      socket.end();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}

/** The fake container. `dispose()` kills what it started and deletes its folder. */
export class FakeWebContainer implements ContainerLike {
  readonly workdir = mkdtempSync(join(tmpdir(), "fake-webcontainer-"));
  readonly #children = new Set<ChildProcess>();
  readonly #serverReady = new Set<(port: number, url: string) => void>();
  /** Ports watched for `server-ready`; the practice server's by default. */
  readonly #watchedPorts = [8787];
  #announced = new Set<number>();

  /** `WebContainer.boot()` resolves a container; so does this. */
  static boot(): Promise<FakeWebContainer> {
    return Promise.resolve(new FakeWebContainer());
  }

  mount(tree: Tree): Promise<void> {
    for (const [name, node] of Object.entries(tree)) {
      const path = join(this.workdir, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, node.file.contents);
    }
    return Promise.resolve();
  }

  spawn(
    command: string,
    args: string[],
    options?: { env?: Record<string, string> },
  ): Promise<ContainerProcess> {
    const child = spawn(command === "node" ? process.execPath : command, args, {
      cwd: this.workdir,
      // As in a WebContainer, the given variables are added to the environment.
      env: { ...process.env, ...options?.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.#children.add(child);
    const output = new ReadableStream<string>({
      start(controller) {
        let open = 2;
        const done = () => {
          open -= 1;
          if (open === 0) controller.close();
        };
        child.stdout
          .setEncoding("utf8")
          .on("data", (chunk: string) => controller.enqueue(chunk))
          .on("end", done);
        child.stderr
          .setEncoding("utf8")
          .on("data", (chunk: string) => controller.enqueue(`\u001b[31m${chunk}\u001b[39m`))
          .on("end", done);
      },
    });
    const exit = new Promise<number>((resolve) => {
      child.on("exit", (code, signal) => {
        this.#children.delete(child);
        resolve(code ?? (signal === null ? 1 : 128 + 9));
      });
    });
    void this.#watchForServers();
    return Promise.resolve({ output, exit, kill: () => void child.kill("SIGKILL") });
  }

  on(_event: "server-ready", listener: (port: number, url: string) => void): () => void {
    this.#serverReady.add(listener);
    return () => this.#serverReady.delete(listener);
  }

  /** How many processes are still running: none should outlive its run. */
  runningProcesses(): number {
    return this.#children.size;
  }

  dispose(): void {
    for (const child of this.#children) child.kill("SIGKILL");
    rmSync(this.workdir, { recursive: true, force: true });
  }

  async #watchForServers(): Promise<void> {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      for (const port of this.#watchedPorts) {
        if (this.#announced.has(port) || !(await portIsOpen(port))) continue;
        this.#announced.add(port);
        for (const listener of this.#serverReady) listener(port, `http://localhost:${port}`);
      }
      if (this.#watchedPorts.every((port) => this.#announced.has(port))) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
