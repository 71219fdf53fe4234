import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  createRuntimeChoice,
  isAppleMobile,
  kindFor,
  reasonNotToBoot,
  type ChoiceInputs,
  type RuntimeEnvironment,
  type RuntimeMemory,
} from "./select-host.ts";
import type { RuntimeKind, RuntimePreference } from "./runtimes.ts";
import { TabLimitError } from "./tab-census.ts";
import { RuntimeUnsupportedError, type HostReadiness, type RunnerHost } from "./types.ts";

const day = 24 * 60 * 60 * 1000;
const now = 1_800_000_000_000;

interface FakeHost extends RunnerHost {
  disposed: boolean;
}

function fakeHost(kind: RunnerHost["kind"]): FakeHost {
  const host: FakeHost = {
    kind,
    disposed: false,
    run: () => ({ stop: () => undefined, done: new Promise(() => undefined) }),
    dispose: () => void (host.disposed = true),
  };
  return host;
}

function fakeMemory(saved: { preference?: RuntimeKind; failedAt?: number; bootingSince?: number } = {}) {
  const memory: {
    preference: RuntimePreference;
    failedAt: number | undefined;
    bootingSince: number | undefined;
  } = {
    preference: saved.preference ?? "auto",
    failedAt: saved.failedAt,
    bootingSince: saved.bootingSince,
  };
  const api: RuntimeMemory = {
    runtimePreference: () => memory.preference,
    saveRuntimePreference: (value) => ((memory.preference = value), true),
    webContainerFailedAt: () => memory.failedAt,
    rememberWebContainerFailure: (at) => ((memory.failedAt = at), true),
    forgetWebContainerFailure: () => ((memory.failedAt = undefined), true),
    webContainerBootingSince: () => memory.bootingSince,
    markWebContainerBooting: (at) => ((memory.bootingSince = at), true),
    clearWebContainerBooting: () => ((memory.bootingSince = undefined), true),
  };
  return Object.assign(api, { saved: memory });
}

/** A boot the test settles by hand, counting how often it was asked for. */
function controlledBoot() {
  const boot = {
    calls: 0,
    resolve: (() => undefined) as (host: RunnerHost) => void,
    reject: (() => undefined) as (error: unknown) => void,
    start: (): Promise<RunnerHost> => {
      boot.calls += 1;
      return new Promise<RunnerHost>((resolve, reject) => {
        boot.resolve = resolve;
        boot.reject = reject;
      });
    },
  };
  return boot;
}

const browser: RuntimeEnvironment = {
  crossOriginIsolated: true,
  hasSharedArrayBuffer: true,
  appleMobile: false,
};

function inputs(overrides: Partial<ChoiceInputs> = {}): ChoiceInputs {
  return {
    environment: browser,
    memory: fakeMemory(),
    bootWebContainer: () => new Promise<RunnerHost>(() => undefined),
    makeWorkerHost: () => fakeHost("worker"),
    bootBudgetMs: 30_000,
    rememberFailureMs: day,
    now: () => Date.now(),
    ...overrides,
  };
}

describe("reasonNotToBoot", () => {
  it.each([
    ["a capable browser, nothing remembered", {}, {}, undefined],
    ["a page that is not cross-origin isolated", { crossOriginIsolated: false }, {}, "not-isolated"],
    ["no SharedArrayBuffer", { hasSharedArrayBuffer: false }, {}, "no-shared-array-buffer"],
    ["an iPhone or iPad", { appleMobile: true }, {}, "apple-mobile"],
    ["the learner's choice of the built-in runtime", {}, { preference: "worker" }, "preference"],
    ["a failure an hour ago", {}, { failedAt: now - 60 * 60 * 1000 }, "failed-before"],
    ["a failure a day and a second ago", {}, { failedAt: now - day - 1000 }, undefined],
    ["a boot that began and never ended in this tab", {}, { bootingSince: now - 5000 }, "crashed-before"],
    ["a boot mark a day and a second old", {}, { bootingSince: now - day - 1000 }, undefined],
    ["a failure 'in the future' (a changed clock)", {}, { failedAt: now + 60_000 }, undefined],
    [
      "an explicit WebContainer choice after a failure",
      {},
      { preference: "webcontainer", failedAt: now - 1 },
      undefined,
    ],
    [
      "an iPad whose learner chose the WebContainer",
      { appleMobile: true },
      { preference: "webcontainer" },
      "apple-mobile",
    ],
    [
      "no isolation and a choice of the built-in runtime",
      { crossOriginIsolated: false },
      { preference: "worker" },
      "not-isolated",
    ],
  ] as const)("%s -> %s", (_, environment, saved, expected) => {
    expect(reasonNotToBoot({ ...browser, ...environment }, fakeMemory(saved), now)).toBe(expected);
  });
});

describe("isAppleMobile", () => {
  const ua = {
    iPhone: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    iPadOld: "Mozilla/5.0 (iPad; CPU OS 12_2 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    mac: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/17.4 Safari/605.1.15",
    android: "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/124.0 Mobile Safari/537.36",
  };
  it.each([
    ["an iPhone", ua.iPhone, "iPhone", 5, true],
    ["an iPad that says so", ua.iPadOld, "iPad", 5, true],
    ["an iPad that reports itself as a Mac", ua.mac, "MacIntel", 5, true],
    ["a Mac", ua.mac, "MacIntel", 0, false],
    ["a Mac with one touch point (some drivers report one)", ua.mac, "MacIntel", 1, false],
    ["an Android phone", ua.android, "Linux armv8l", 5, false],
  ])("%s -> %s", (_, userAgent, platform, maxTouchPoints, expected) => {
    expect(isAppleMobile({ userAgent, platform, maxTouchPoints })).toBe(expected);
  });
});

describe("createRuntimeChoice", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(now);
  });
  afterEach(() => vi.useRealTimers());

  it("sends a run to the built-in runtime at once while the WebContainer boots, and later runs to it", async () => {
    const boot = controlledBoot();
    const choice = createRuntimeChoice(inputs({ bootWebContainer: boot.start }));
    expect(boot.calls).toBe(1);
    const first = choice.hostForRun();
    expect(first.host.kind).toBe("worker");
    expect(first.status).toEqual({ state: "starting" });
    const container = fakeHost("webcontainer");
    boot.resolve(container);
    await vi.advanceTimersByTimeAsync(0);
    expect(choice.status()).toEqual({ state: "ready" });
    expect(choice.hostForRun().host).toBe(container);
    expect(kindFor(choice.status())).toBe("webcontainer");
  });

  it("sends a node:test program to the built-in runtime when the container's Node.js is older than 22.8", async () => {
    const boot = controlledBoot();
    const choice = createRuntimeChoice(inputs({ bootWebContainer: boot.start }));
    const container = Object.assign(fakeHost("webcontainer"), { nodeVersion: "v20.19.1" });
    boot.resolve(container);
    await vi.advanceTimersByTimeAsync(0);
    const testProgram = 'import { run } from "node:test";';
    const held = choice.hostForRun(testProgram);
    expect(held.host.kind).toBe("worker");
    expect(held.status).toEqual({ state: "worker", reason: "old-node", detail: "v20.19.1" });
    // Only that program: the page stays on Node.js, and the container is kept for the next run.
    expect(choice.status()).toEqual({ state: "ready" });
    expect(container.disposed).toBe(false);
    expect(choice.hostForRun('console.log("hi");').host).toBe(container);
    container.nodeVersion = "v22.22.0";
    expect(choice.hostForRun(testProgram).host).toBe(container);
  });

  it("sends runs to the built-in runtime while the container restarts, and falls back for good if it cannot", async () => {
    const boot = controlledBoot();
    const memory = fakeMemory();
    const choice = createRuntimeChoice(inputs({ memory, bootWebContainer: boot.start }));
    let readiness: HostReadiness = { state: "ready" };
    const container = Object.assign(fakeHost("webcontainer"), { readiness: () => readiness });
    boot.resolve(container);
    await vi.advanceTimersByTimeAsync(0);
    readiness = { state: "restarting" };
    expect(choice.hostForRun()).toMatchObject({
      host: { kind: "worker" },
      status: { state: "worker", reason: "node-restarting" },
    });
    expect(choice.status()).toEqual({ state: "ready" });
    readiness = { state: "ready" };
    expect(choice.hostForRun().host).toBe(container);
    readiness = {
      state: "failed",
      reason: "The WebContainer could not restart: it did not boot within 30000 ms",
    };
    expect(choice.hostForRun().host.kind).toBe("worker");
    expect(choice.status()).toEqual({
      state: "worker",
      reason: "boot-failed",
      detail: "The WebContainer could not restart: it did not boot within 30000 ms",
    });
    expect(container.disposed).toBe(true);
    expect(memory.saved.failedAt).toBe(now);
  });

  it("uses one built-in runtime for every run", () => {
    let made = 0;
    const choice = createRuntimeChoice(inputs({ makeWorkerHost: () => ((made += 1), fakeHost("worker")) }));
    expect(choice.hostForRun().host).toBe(choice.hostForRun().host);
    expect(made).toBe(1);
  });

  it.each<[string, Error]>([
    [
      "a typed unsupported error",
      new RuntimeUnsupportedError("WebContainer.boot() failed: third-party cookies are blocked"),
    ],
    ["any other error", new Error("Unable to create more instances")],
  ])("a boot that fails with %s says why and is remembered", async (_, error) => {
    const memory = fakeMemory();
    const boot = controlledBoot();
    const choice = createRuntimeChoice(inputs({ memory, bootWebContainer: boot.start }));
    boot.reject(error);
    await vi.advanceTimersByTimeAsync(0);
    expect(choice.status()).toEqual({ state: "worker", reason: "boot-failed", detail: error.message });
    expect(memory.saved.failedAt).toBe(now);
    expect(choice.hostForRun().host.kind).toBe("worker");
  });

  it("names the API's own reason once when a typed error wraps it", async () => {
    const boot = controlledBoot();
    const choice = createRuntimeChoice(inputs({ bootWebContainer: boot.start }));
    const apiError = new Error("Unable to create more instances");
    boot.reject(
      new RuntimeUnsupportedError(`The WebContainer could not start: ${apiError.message}`, {
        cause: apiError,
      }),
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(choice.status()).toMatchObject({ reason: "boot-failed", detail: apiError.message });
  });

  it("a boot that throws instead of returning a promise counts as failed", async () => {
    const choice = createRuntimeChoice(
      inputs({
        bootWebContainer: () => {
          throw new Error("no module");
        },
      }),
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(choice.status()).toMatchObject({ reason: "boot-failed", detail: "no module" });
  });

  it("gives up on a boot past its budget, remembers it, and tears down a container that comes late", async () => {
    const memory = fakeMemory();
    const boot = controlledBoot();
    const seen: string[] = [];
    const choice = createRuntimeChoice(inputs({ memory, bootWebContainer: boot.start }));
    choice.subscribe((status) => seen.push(status.state === "worker" ? status.reason : status.state));
    await vi.advanceTimersByTimeAsync(29_999);
    expect(choice.status().state).toBe("starting");
    await vi.advanceTimersByTimeAsync(1);
    expect(choice.status()).toEqual({ state: "worker", reason: "boot-timeout" });
    expect(memory.saved.failedAt).toBe(now + 30_000);
    const late = fakeHost("webcontainer");
    boot.resolve(late);
    await vi.advanceTimersByTimeAsync(0);
    expect(late.disposed).toBe(true);
    expect(choice.status().state).toBe("worker");
    expect(seen).toEqual(["boot-timeout"]);
  });

  it("a retry adopts a boot still in flight rather than booting a second container", async () => {
    const memory = fakeMemory();
    const boot = controlledBoot();
    const choice = createRuntimeChoice(inputs({ memory, bootWebContainer: boot.start }));
    await vi.advanceTimersByTimeAsync(30_000);
    choice.tryWebContainer();
    expect(boot.calls).toBe(1);
    expect(memory.saved.failedAt).toBeUndefined();
    expect(choice.status().state).toBe("starting");
    const container = fakeHost("webcontainer");
    boot.resolve(container);
    await vi.advanceTimersByTimeAsync(0);
    expect(container.disposed).toBe(false);
    expect(choice.hostForRun().host).toBe(container);
  });

  it("marks a boot as under way before it begins, and clears the mark when it ends", async () => {
    const memory = fakeMemory();
    const boot = controlledBoot();
    let marked: number | undefined;
    createRuntimeChoice(
      inputs({ memory, bootWebContainer: () => ((marked = memory.saved.bootingSince), boot.start()) }),
    );
    expect(marked).toBe(now);
    boot.resolve(fakeHost("webcontainer"));
    await vi.advanceTimersByTimeAsync(0);
    expect(memory.saved.bootingSince).toBeUndefined();
  });

  it("clears the mark when the page is left during a boot, and keeps it if the tab dies instead", () => {
    const left = fakeMemory();
    createRuntimeChoice(inputs({ memory: left })).leavePage();
    expect(left.saved.bootingSince).toBeUndefined();
    const crashed = fakeMemory();
    createRuntimeChoice(inputs({ memory: crashed }));
    expect(crashed.saved.bootingSince).toBe(now);
  });

  it("uses the built-in runtime when other tabs hold enough containers, remembering no failure", async () => {
    const memory = fakeMemory();
    let boots = 0;
    const choice = createRuntimeChoice(
      inputs({ memory, bootWebContainer: () => ((boots += 1), Promise.reject(new TabLimitError(3))) }),
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(choice.status()).toEqual({ state: "worker", reason: "tab-limit", detail: "3" });
    expect(memory.saved.failedAt).toBeUndefined();
    expect(memory.saved.bootingSince).toBeUndefined();
    choice.tryWebContainer();
    expect(boots).toBe(2);
  });

  it("does not boot again in a tab that died while booting, until the learner asks", () => {
    const memory = fakeMemory({ bootingSince: now - 3000 });
    const boot = controlledBoot();
    const choice = createRuntimeChoice(inputs({ memory, bootWebContainer: boot.start }));
    expect(boot.calls).toBe(0);
    expect(choice.status()).toEqual({ state: "worker", reason: "crashed-before" });
    choice.tryWebContainer();
    expect(boot.calls).toBe(1);
  });

  it("skips the boot after a remembered failure, and boots when the learner asks to try again", async () => {
    const memory = fakeMemory({ failedAt: now - 1000 });
    const boot = controlledBoot();
    const choice = createRuntimeChoice(inputs({ memory, bootWebContainer: boot.start }));
    expect(boot.calls).toBe(0);
    expect(choice.status()).toEqual({ state: "worker", reason: "failed-before" });
    choice.tryWebContainer();
    expect(boot.calls).toBe(1);
    expect(memory.saved.failedAt).toBeUndefined();
    boot.resolve(fakeHost("webcontainer"));
    await vi.advanceTimersByTimeAsync(0);
    expect(choice.hostForRun().host.kind).toBe("webcontainer");
  });

  it.each([
    ["not cross-origin isolated", { crossOriginIsolated: false }],
    ["no SharedArrayBuffer", { hasSharedArrayBuffer: false }],
    ["an iPhone or iPad", { appleMobile: true }],
  ])("never boots where the page cannot host one (%s), not even when asked", (_, environment) => {
    const boot = controlledBoot();
    const choice = createRuntimeChoice(
      inputs({ environment: { ...browser, ...environment }, bootWebContainer: boot.start }),
    );
    choice.tryWebContainer();
    expect(boot.calls).toBe(0);
    expect(choice.hostForRun().host.kind).toBe("worker");
  });

  it("switches to the built-in runtime for the next run, remembered, and frees the container then", async () => {
    const memory = fakeMemory();
    const boot = controlledBoot();
    const choice = createRuntimeChoice(inputs({ memory, bootWebContainer: boot.start }));
    const container = fakeHost("webcontainer");
    boot.resolve(container);
    await vi.advanceTimersByTimeAsync(0);
    choice.useWorker();
    expect(memory.saved.preference).toBe("worker");
    // A run still going on the container is not cut short by the switch itself.
    expect(container.disposed).toBe(false);
    expect(choice.hostForRun().host.kind).toBe("worker");
    expect(container.disposed).toBe(true);
  });

  it("a container that boots after the learner chose the built-in runtime is torn down", async () => {
    const boot = controlledBoot();
    const choice = createRuntimeChoice(inputs({ bootWebContainer: boot.start }));
    choice.useWorker();
    const container = fakeHost("webcontainer");
    boot.resolve(container);
    await vi.advanceTimersByTimeAsync(0);
    expect(container.disposed).toBe(true);
    expect(choice.status()).toEqual({ state: "worker", reason: "preference" });
  });

  it("switching back from the learner's choice forgets it and boots", async () => {
    const memory = fakeMemory({ preference: "worker" });
    const boot = controlledBoot();
    const choice = createRuntimeChoice(inputs({ memory, bootWebContainer: boot.start }));
    expect(boot.calls).toBe(0);
    choice.tryWebContainer();
    expect(memory.saved.preference).toBe("auto");
    expect(boot.calls).toBe(1);
    boot.reject(new Error("blocked"));
    await vi.advanceTimersByTimeAsync(0);
    expect(choice.status()).toMatchObject({ reason: "boot-failed" });
  });

  it("a boot that works forgets an old failure", async () => {
    const memory = fakeMemory({ preference: "webcontainer", failedAt: now - 1000 });
    const boot = controlledBoot();
    createRuntimeChoice(inputs({ memory, bootWebContainer: boot.start }));
    boot.resolve(fakeHost("webcontainer"));
    await vi.advanceTimersByTimeAsync(0);
    expect(memory.saved.failedAt).toBeUndefined();
  });
});
