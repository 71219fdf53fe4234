/**
 * Stop on a busy loop, then the very next Run, as a learner meets them: through the page's runtime
 * choice (select-host.ts) over the WebContainer host on the fake with every strict and harsh switch
 * on. The host's half (it is "restarting" while a new container boots) and the choice's half (it
 * then sends runs to the built-in runtime) are tested apart elsewhere; here they are joined, with
 * the notice the learner reads.
 */
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  FakeWebContainer,
  harshSwitches,
  strictSwitches,
  type FakeSwitches,
} from "../fakes/fake-webcontainer.node.ts";
import { buildContainerFiles } from "../fakes/container-files.node.ts";
import { runtimeNoticeContent } from "../../src/components/run-panel/runtime-notice-text.ts";
import { runnerText, wordSentences } from "../../src/i18n/runner-text.ts";
import type { RunnerHost } from "../../src/runner/types.ts";
import {
  createWebContainerHost,
  type ContainerFiles,
  type WebContainerHost,
} from "../../src/runner/webcontainer/webcontainer-host.ts";
import { readyRuntimeChoice } from "../support/runtime-choice.ts";

let files: ContainerFiles;
const booted: FakeWebContainer[] = [];
const hosts: WebContainerHost[] = [];

beforeAll(async () => {
  files = await buildContainerFiles();
}, 90_000);

afterEach(() => {
  for (const host of hosts.splice(0)) host.dispose();
  for (const container of booted.splice(0)) if (!container.tornDown) container.teardown();
  FakeWebContainer.forget();
});

// Boots take 2 s rather than the real 8 s, as in webcontainer-host-boot.test.ts: the next Run goes
// to the built-in runtime for as long as the reboot lasts, whatever its length.
const harsh: Partial<FakeSwitches> = { ...strictSwitches, ...harshSwitches, bootLatencyMs: 2_000 };

/** The built-in runtime's place: it takes the run and says nothing more. */
const builtIn: RunnerHost = {
  kind: "worker",
  run: () => ({ stop: () => undefined, done: new Promise(() => undefined) }),
  dispose: () => undefined,
};

async function bootHarsh(): Promise<WebContainerHost> {
  const host = await createWebContainerHost(async () => {
    const container = await FakeWebContainer.boot(harsh);
    booted.push(container);
    return container;
  }, files);
  hosts.push(host);
  return host;
}

describe("Stop on a busy loop, then Run, with the harsh container", () => {
  it("ends the loop within 1.5 s, and sends the next Run to the built-in runtime, saying why", async () => {
    const choice = await readyRuntimeChoice(bootHarsh, builtIn);
    const looping = choice.hostForRun("while (true) {}");
    expect(looping.host.kind).toBe("webcontainer");
    let output: () => void = () => undefined;
    const printed = new Promise<void>((resolve) => (output = resolve));
    const handle = looping.host.run('console.log("busy");\nwhile (true) {}', {
      timeLimitMs: 20_000,
      maxLines: 10,
      onEvent: (event) => event.type === "output" && output(),
    });
    await printed;
    const stoppedAt = performance.now();
    handle.stop();
    expect(await handle.done).toMatchObject({ reason: "stopped" });
    expect(performance.now() - stoppedAt).toBeLessThan(1_500);

    // The very next Run: the reboot has two seconds to go, and the run is not held for it.
    const next = choice.hostForRun('console.log("next");');
    expect(next.host).toBe(builtIn);
    expect(next.status).toEqual({ state: "worker", reason: "node-restarting" });
    const notice = runtimeNoticeContent(
      { kind: next.host.kind, status: next.status },
      choice.status(),
      30_000,
    );
    expect(wordSentences(notice.sentences, runnerText("en"))).toBe(
      "This run uses the built-in runtime: Node.js is restarting after a program that did not stop, which takes a few seconds.",
    );
    expect(wordSentences(notice.sentences, runnerText("zh-cn"))).toBe(
      "这次运行使用内置运行环境：有个程序没能停下，Node.js 正在重新启动，需要几秒钟。",
    );

    // Once the new container is ready, runs go to Node.js again.
    await expect.poll(() => choice.hostForRun("").host.kind, { timeout: 15_000 }).toBe("webcontainer");
  }, 40_000);
});
