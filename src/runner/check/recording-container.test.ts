/**
 * The recording container keeps what a process printed exactly as it came, and how the process
 * ended, without changing what the host reads. A scripted in-memory container stands in.
 */
import { describe, expect, it } from "vitest";
import type { ContainerLike, ContainerProcess } from "../webcontainer/webcontainer-host.ts";
import { containerNodeVersion } from "../webcontainer/container.ts";
import { createRecorder, mountedProgram } from "./recording-container.ts";

/** A process whose output and exit the test drives by hand. */
function scripted() {
  let push: (chunk: string) => void = () => undefined;
  let close: () => void = () => undefined;
  let exit: (code: number) => void = () => undefined;
  let kills = 0;
  const process: ContainerProcess = {
    output: new ReadableStream<string>({
      start(controller) {
        push = (chunk) => controller.enqueue(chunk);
        close = () => controller.close();
      },
    }),
    exit: new Promise<number>((resolve) => (exit = resolve)),
    kill: () => void (kills += 1),
  };
  return { process, push, close, exit: (code: number) => exit(code), kills: () => kills };
}

function containerOf(processes: ContainerProcess[]) {
  const listeners = {
    "server-ready": new Set<(port: number, url: string) => void>(),
    error: new Set<(error: { message: string }) => void>(),
  };
  let teardowns = 0;
  const container: ContainerLike = {
    mount: () => Promise.resolve(),
    spawn: () => {
      const next = processes.shift();
      return next === undefined ? Promise.reject(new Error("no more processes")) : Promise.resolve(next);
    },
    on: (
      event: "server-ready" | "error",
      listener: ((port: number, url: string) => void) | ((error: { message: string }) => void),
    ) => {
      const set = listeners[event] as Set<typeof listener>;
      set.add(listener);
      return () => set.delete(listener);
    },
    teardown: () => void (teardowns += 1),
  };
  return {
    container,
    announce: (port: number) => {
      for (const listener of listeners["server-ready"]) listener(port, `http://localhost:${port}`);
    },
    fail: (message: string) => {
      for (const listener of listeners.error) listener({ message });
    },
    teardowns: () => teardowns,
  };
}

/** A recorder around one container. */
function recordOne(inner: ContainerLike, maxChars?: number) {
  const recorder = createRecorder(maxChars);
  return { ...recorder, container: recorder.wrap(inner) };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

async function readAll(stream: ReadableStream<string>): Promise<string[]> {
  const chunks: string[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

describe("a recorded container", () => {
  it("keeps every chunk as it came, and which ones came after exit, while the host reads the same", async () => {
    const child = scripted();
    const recording = recordOne(containerOf([child.process]).container);
    await recording.container.mount({ "main-1.mjs": { file: { contents: "console.log(1)" } } });
    const spawned = await recording.container.spawn("node", ["--import", "./preload.mjs", "main-1.mjs"], {
      env: { KEY: "k" },
    });
    const hostReads = readAll(spawned.output);
    child.push("\u001b[31m半");
    child.push("个\r\n");
    await tick();
    child.exit(0);
    expect(await spawned.exit).toBe(0);
    child.push("late\r\n");
    child.close();
    expect(await hostReads).toEqual(["\u001b[31m半", "个\r\n", "late\r\n"]);
    await tick();
    expect(recording.processes).toEqual([
      expect.objectContaining({
        sequence: 0,
        container: 0,
        command: "node",
        args: ["--import", "./preload.mjs", "main-1.mjs"],
        env: { KEY: "k" },
        program: "console.log(1)",
        chunks: ["\u001b[31m半", "个\r\n", "late\r\n"],
        chunksBeforeExit: 2,
        exitCode: 0,
        killed: false,
        tornDown: false,
        outputClosed: true,
        droppedChars: 0,
      }),
    ]);
  });

  it("counts a kill only when it came before the exit", async () => {
    const [stopped, finished] = [scripted(), scripted()];
    const recording = recordOne(containerOf([stopped.process, finished.process]).container);
    const first = await recording.container.spawn("node", ["a.mjs"]);
    first.kill();
    expect(stopped.kills()).toBe(1);
    const second = await recording.container.spawn("node", ["b.mjs"]);
    finished.exit(0);
    await second.exit;
    second.kill();
    expect(recording.processes.map((recorded) => recorded.killed)).toEqual([true, false]);
    expect(recording.processes.map((recorded) => recorded.exitCode)).toEqual([null, 0]);
  });

  it("keeps at most the cap of each process's output and counts the rest", async () => {
    const flood = scripted();
    const recording = recordOne(containerOf([flood.process]).container, 5);
    const spawned = await recording.container.spawn("node", ["flood.mjs"]);
    const hostReads = readAll(spawned.output);
    for (const chunk of ["abc", "def", "ghi"]) flood.push(chunk);
    flood.close();
    expect((await hostReads).join("")).toBe("abcdefghi");
    await tick();
    expect(recording.processes[0]).toMatchObject({ chunks: ["abc", "de"], droppedChars: 4 });
  });

  it("notes each announced server port once", () => {
    const { container, announce } = containerOf([]);
    const recording = recordOne(container);
    const heard: number[] = [];
    recording.container.on("server-ready", (port) => heard.push(port));
    announce(8787);
    announce(8787);
    expect(heard).toEqual([8787, 8787]);
    expect(recording.serverReadyPorts).toEqual([8787]);
  });

  it("passes error events and the teardown through, noting the processes it ended", async () => {
    const [ended, running] = [scripted(), scripted()];
    const inner = containerOf([ended.process, running.process]);
    const recording = recordOne(inner.container);
    const errors: string[] = [];
    recording.container.on("error", (error) => errors.push(error.message));
    inner.fail("Unable to connect to the runtime");
    expect(errors).toEqual(["Unable to connect to the runtime"]);
    const first = await recording.container.spawn("node", ["a.mjs"]);
    await recording.container.spawn("node", ["b.mjs"]);
    ended.exit(0);
    await first.exit;
    recording.container.teardown();
    expect(inner.teardowns()).toBe(1);
    expect(recording.processes.map(({ exitCode, tornDown }) => [exitCode, tornDown])).toEqual([
      [0, false],
      [null, true],
    ]);
  });
});

describe("createRecorder", () => {
  it("records several containers into one recording, each with its own files", async () => {
    const [first, second] = [scripted(), scripted()];
    const recorder = createRecorder();
    const one = recorder.wrap(containerOf([first.process]).container);
    const two = recorder.wrap(containerOf([second.process]).container);
    await one.mount({ "main-1.mjs": { file: { contents: "first" } } });
    await two.mount({ "main-1.mjs": { file: { contents: "second" } } });
    await one.spawn("node", ["main-1.mjs"]);
    await two.spawn("node", ["main-1.mjs"]);
    expect(
      recorder.processes.map(({ sequence, container, program }) => [sequence, container, program]),
    ).toEqual([
      [0, 0, "first"],
      [1, 1, "second"],
    ]);
  });
});

describe("mountedProgram", () => {
  it.each([
    [["--import", "./preload.mjs", "main-2.mjs"], "program"],
    [["practice-server.mjs"], "server"],
    [["--version"], undefined],
  ])("%j runs %s", (args, expected) => {
    const mounted = new Map([
      ["preload.mjs", "preload"],
      ["main-2.mjs", "program"],
      ["practice-server.mjs", "server"],
    ]);
    expect(mountedProgram(args, mounted)).toBe(expected);
  });
});

describe("containerNodeVersion", () => {
  it("reads the version through the pty's colour codes, even if the output never closes", async () => {
    const child = scripted();
    const version = containerNodeVersion(containerOf([child.process]).container);
    child.push("\u001b[0mv20.19");
    child.push(".1\r\n");
    expect(await version).toBe("v20.19.1");
  });

  it("fails in words when nothing is printed in time", async () => {
    const silent = scripted();
    await expect(containerNodeVersion(containerOf([silent.process]).container, 50)).rejects.toThrow(
      "node --version printed nothing within 50 ms.",
    );
  });
});
