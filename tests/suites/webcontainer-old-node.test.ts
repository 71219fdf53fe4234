/**
 * The WebContainer host on a container whose Node.js is 20, as the real one was until about March
 * 2026, through the page's runtime choice (select-host.ts), as a Run on the page meets it. The fake
 * only prints "v20.19.1" for `node --version`; the programs still run on this machine's Node, so
 * what is checked is where each sample goes, not Node 20's "0 passed" itself (node-floor.ts).
 */
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { FakeWebContainer, type FakeSwitches } from "../fakes/fake-webcontainer.node.ts";
import { buildContainerFiles } from "../fakes/container-files.node.ts";
import type { RuntimeChoice } from "../../src/runner/select-host.ts";
import type { RunnerHost } from "../../src/runner/types.ts";
import { startRunPipeline } from "../../src/runner/run-pipeline.ts";
import { linesOf } from "../../src/runner/run-result.ts";
import { readAllSamples } from "../../src/samples/sample-files.node.ts";
import {
  createWebContainerHost,
  type ContainerFiles,
  type HostTiming,
} from "../../src/runner/webcontainer/webcontainer-host.ts";
import { readyRuntimeChoice } from "../support/runtime-choice.ts";
import { assertSampleOutput } from "../support/sample-output.ts";

const oldNode = "v20.19.1";
let files: ContainerFiles;
const booted: FakeWebContainer[] = [];
const choices: RuntimeChoice[] = [];

beforeAll(async () => {
  files = await buildContainerFiles();
}, 90_000);

afterEach(() => {
  for (const choice of choices.splice(0)) choice.useWorker();
  for (const container of booted.splice(0)) if (!container.tornDown) container.teardown();
  FakeWebContainer.forget();
});

/** The built-in runtime's place: these tests only ask which runtime a run goes to. */
const builtIn: RunnerHost = {
  kind: "worker",
  run: () => {
    throw new Error("the built-in runtime is not run in these tests");
  },
  dispose: () => undefined,
};

/**
 * The page's runtime choice over the WebContainer host on the fake, ready to take runs.
 * `slowVersion`, when given, holds `node --version` back until it resolves.
 */
async function readyChoice(
  switches: Partial<FakeSwitches>,
  timing: Partial<HostTiming> = {},
  slowVersion?: (container: FakeWebContainer) => Promise<void>,
): Promise<RuntimeChoice> {
  const boot = async () => {
    const container = await FakeWebContainer.boot(switches);
    booted.push(container);
    if (slowVersion !== undefined) {
      const spawn = container.spawn.bind(container);
      const held = slowVersion(container);
      container.spawn = async (command, args, options) => {
        if (args.join(" ") === "--version") await held;
        return spawn(command, args, options);
      };
    }
    return container;
  };
  const choice = await readyRuntimeChoice(() => createWebContainerHost(boot, files, timing), builtIn);
  choices.push(choice);
  return choice;
}

/** Whether a program imports node:test, read plainly (not with the code under test). */
const importsNodeTest = (typescript: string) => /from\s+["']node:test["']/.test(typescript);

describe("the WebContainer host with the fake reporting Node 20", () => {
  it("sends the node:test samples to the built-in runtime, saying why, and every other sample to Node.js", async () => {
    const choice = await readyChoice({ nodeVersion: oldNode });
    const samples = readAllSamples();
    const routed = samples.map((sample) => ({ sample, ...choice.hostForRun(sample.typescript) }));
    const toBuiltIn = routed.filter(({ host }) => host.kind === "worker");
    expect(toBuiltIn.map(({ sample }) => sample.id)).toEqual(
      samples.filter((sample) => importsNodeTest(sample.typescript)).map((sample) => sample.id),
    );
    // The issue names three such samples; fewer would mean the check above proves little.
    expect(toBuiltIn.length).toBeGreaterThanOrEqual(3);
    for (const { status } of toBuiltIn)
      expect(status).toEqual({ state: "worker", reason: "old-node", detail: oldNode });
    for (const { host, status } of routed.filter(({ host }) => host.kind !== "worker")) {
      expect(host.kind).toBe("webcontainer");
      expect(status).toEqual({ state: "ready" });
    }
    // The page itself stays on Node.js: old-node is said of one run, not of the page.
    expect(choice.status()).toEqual({ state: "ready" });

    // And a sample sent to Node.js runs there, on the "Node 20" container.
    const plain =
      routed.find(({ sample }) => sample.id === "await-one") ??
      routed.find(({ host }) => host.kind === "webcontainer");
    if (plain === undefined) throw new Error("no sample went to Node.js");
    const result = await startRunPipeline({
      typescript: plain.sample.typescript,
      host: plain.host,
      timeLimitMs: 10_000,
      maxLines: 1_000,
    }).result;
    if (result.kind !== "finished") throw new Error(`the run did not finish: ${JSON.stringify(result)}`);
    assertSampleOutput(plain.sample.id, plain.sample.expected, linesOf(result));
  }, 20_000);

  it("holds the host back until the version is read, so a node:test run never reaches Node 20 unseen", async () => {
    // The version comes well after the practice server is ready: longer than the host once waited.
    const choice = await readyChoice(
      { nodeVersion: oldNode },
      {},
      (container) =>
        new Promise<void>((resolve) => {
          container.on("server-ready", () => setTimeout(resolve, 300));
        }),
    );
    const testSample = readAllSamples().find((sample) => importsNodeTest(sample.typescript));
    if (testSample === undefined) throw new Error("no sample imports node:test");
    const { host, status } = choice.hostForRun(testSample.typescript);
    expect(host.kind).toBe("worker");
    expect(status).toEqual({ state: "worker", reason: "old-node", detail: oldNode });
  }, 20_000);

  it("waits for the version only so long: a container that never says it blocks nothing", async () => {
    // Were the host to wait for the version without a limit, it would never be ready: the test times out.
    const choice = await readyChoice(
      { nodeVersion: oldNode },
      { versionReadMs: 300 },
      () => new Promise<void>(() => undefined),
    );
    const testSample = readAllSamples().find((sample) => importsNodeTest(sample.typescript));
    expect(choice.hostForRun(testSample?.typescript).host.kind).toBe("webcontainer");
  }, 20_000);
});
