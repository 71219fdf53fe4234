/**
 * A learner who turns the page while the WebContainer boots abandons that boot: whatever it does
 * next (its requests cut short, its budget running out in a page on its way out) is no failure of
 * this browser's and must not keep later pages on the built-in runtime for a day. A boot that fails
 * while the learner is still on the page is remembered as before, and so is one that fails after
 * the page came back from the back-forward cache.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createRuntimeChoice, type ChoiceInputs, type RuntimeMemory } from "./select-host.ts";
import type { RunnerHost } from "./types.ts";
import type { HostReachability } from "./webcontainer/host-reachability.ts";

const now = 1_800_000_000_000;

/** Storage kept in a plain object, so a test can read what was remembered. */
function memory() {
  const saved: { failedAt: number | undefined; bootingSince: number | undefined } = {
    failedAt: undefined,
    bootingSince: undefined,
  };
  const api: RuntimeMemory = {
    runtimePreference: () => "auto",
    saveRuntimePreference: () => true,
    webContainerFailedAt: () => saved.failedAt,
    rememberWebContainerFailure: (at) => ((saved.failedAt = at), true),
    forgetWebContainerFailure: () => ((saved.failedAt = undefined), true),
    webContainerBootingSince: () => saved.bootingSince,
    markWebContainerBooting: (at) => ((saved.bootingSince = at), true),
    clearWebContainerBooting: () => ((saved.bootingSince = undefined), true),
  };
  return Object.assign(api, { saved });
}

function host(kind: RunnerHost["kind"]): RunnerHost & { disposed: boolean } {
  const made = {
    kind,
    disposed: false,
    run: () => ({ stop: () => undefined, done: new Promise<never>(() => undefined) }),
    dispose: () => void (made.disposed = true),
  };
  return made;
}

/** A page whose boots and probe the test settles by hand. */
function page(overrides: Partial<ChoiceInputs> = {}) {
  const remembered = memory();
  const boots: { resolve: (host: RunnerHost) => void; reject: (error: unknown) => void }[] = [];
  const probes: ((found: HostReachability) => void)[] = [];
  const choice = createRuntimeChoice({
    environment: { crossOriginIsolated: true, hasSharedArrayBuffer: true, appleMobile: false },
    memory: remembered,
    bootWebContainer: () => new Promise<RunnerHost>((resolve, reject) => boots.push({ resolve, reject })),
    makeWorkerHost: () => host("worker"),
    bootBudgetMs: 30_000,
    rememberFailureMs: 24 * 60 * 60 * 1000,
    now: () => Date.now(),
    probeHost: () => new Promise<HostReachability>((resolve) => probes.push(resolve)),
    probeAfterMs: 3_000,
    ...overrides,
  });
  const lastBoot = () => {
    const last = boots.at(-1);
    if (last === undefined) throw new Error("No boot was asked for.");
    return last;
  };
  return { choice, remembered, boots, probes, lastBoot };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(now);
});
afterEach(() => vi.useRealTimers());

describe("a boot the learner leaves behind", () => {
  it("is not remembered as failed when it rejects after the page was left", async () => {
    const { choice, remembered, lastBoot } = page();
    expect(remembered.saved.bootingSince).toBe(now);
    choice.leavePage();
    expect(remembered.saved.bootingSince).toBeUndefined();
    lastBoot().reject(new Error("The frame was removed"));
    await vi.advanceTimersByTimeAsync(0);
    expect(remembered.saved.failedAt).toBeUndefined();
    expect(remembered.saved.bootingSince).toBeUndefined();
  });

  it("is not remembered as timed out when its budget runs out after the page was left", async () => {
    const { choice, remembered } = page();
    await vi.advanceTimersByTimeAsync(10_000);
    choice.leavePage();
    await vi.advanceTimersByTimeAsync(20_000);
    expect(choice.status()).toEqual({ state: "worker", reason: "boot-timeout" });
    expect(remembered.saved.failedAt).toBeUndefined();
  });

  it("takes no probe that answers after the page was left for an unreachable host", async () => {
    const { choice, remembered, probes } = page();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(probes).toHaveLength(1);
    choice.leavePage();
    // Leaving the page cuts the probe's request short, which is what an unreachable host looks like.
    probes[0]?.("unreachable");
    await vi.advanceTimersByTimeAsync(27_000);
    expect(remembered.saved.failedAt).toBeUndefined();
    expect(choice.status()).toEqual({ state: "worker", reason: "boot-timeout" });
  });

  it("still remembers a boot that failed before the page was left", async () => {
    const { choice, remembered, lastBoot } = page();
    lastBoot().reject(new Error("Unable to create more instances"));
    await vi.advanceTimersByTimeAsync(0);
    choice.leavePage();
    expect(remembered.saved.failedAt).toBe(now);
    expect(choice.status()).toMatchObject({ state: "worker", reason: "boot-failed" });
  });

  it("still remembers a hung boot whose host was unreachable before the page was left", async () => {
    const { choice, remembered, probes } = page();
    await vi.advanceTimersByTimeAsync(3_000);
    probes[0]?.("unreachable");
    await vi.advanceTimersByTimeAsync(0);
    choice.leavePage();
    expect(remembered.saved.failedAt).toBe(now + 3_000);
  });
});

describe("a page shown again from the back-forward cache", () => {
  it("marks its boot under way again, and remembers a failure that comes after", async () => {
    const { choice, remembered, boots, lastBoot } = page();
    choice.leavePage();
    await vi.advanceTimersByTimeAsync(1_000);
    choice.returnToPage();
    // A tab that dies in this boot from now on must not boot again on reload.
    expect(remembered.saved.bootingSince).toBe(now + 1_000);
    expect(boots).toHaveLength(1);
    lastBoot().reject(new Error("Unable to create more instances"));
    await vi.advanceTimersByTimeAsync(0);
    expect(remembered.saved.failedAt).toBe(now + 1_000);
    expect(remembered.saved.bootingSince).toBeUndefined();
  });

  it("boots again after a boot that failed while it was away, and remembers that one's failure", async () => {
    const { choice, remembered, boots, lastBoot } = page();
    choice.leavePage();
    lastBoot().reject(new Error("The frame was removed"));
    await vi.advanceTimersByTimeAsync(0);
    choice.returnToPage();
    expect(boots).toHaveLength(2);
    expect(choice.status()).toEqual({ state: "starting" });
    expect(remembered.saved.bootingSince).toBe(now);
    lastBoot().reject(new Error("Unable to create more instances"));
    await vi.advanceTimersByTimeAsync(0);
    expect(remembered.saved.failedAt).toBe(now);
    expect(choice.status()).toMatchObject({ state: "worker", reason: "boot-failed" });
  });

  it("gives a boot whose budget ran out while it was away a new budget, and takes the container", async () => {
    const { choice, remembered, boots, lastBoot } = page();
    choice.leavePage();
    await vi.advanceTimersByTimeAsync(30_000);
    choice.returnToPage();
    // The boot still under way is adopted, not doubled.
    expect(boots).toHaveLength(1);
    expect(choice.status()).toEqual({ state: "starting" });
    const container = host("webcontainer");
    lastBoot().resolve(container);
    await vi.advanceTimersByTimeAsync(0);
    expect(choice.status()).toEqual({ state: "ready" });
    expect(choice.hostForRun().host).toBe(container);
    expect(container.disposed).toBe(false);
    expect(remembered.saved.failedAt).toBeUndefined();
  });

  it("changes nothing when the page comes back with nothing abandoned", async () => {
    const { choice, remembered, boots, lastBoot } = page();
    const container = host("webcontainer");
    lastBoot().resolve(container);
    await vi.advanceTimersByTimeAsync(0);
    choice.leavePage();
    choice.returnToPage();
    expect(boots).toHaveLength(1);
    expect(remembered.saved.bootingSince).toBeUndefined();
    expect(choice.hostForRun().host).toBe(container);
  });
});

describe("a boot cut short as the navigation starts (Firefox: after beforeunload, before pagehide)", () => {
  it("is not remembered when its probe rejects in that gap", async () => {
    const { choice, remembered, probes } = page();
    await vi.advanceTimersByTimeAsync(3_000);
    choice.startLeaving();
    probes[0]?.("unreachable");
    await vi.advanceTimersByTimeAsync(150);
    choice.leavePage();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(remembered.saved.failedAt).toBeUndefined();
  });

  it("is remembered when the learner stayed after all (a cancelled navigation)", async () => {
    const { choice, remembered, probes } = page({ leaveGraceMs: 10_000 });
    await vi.advanceTimersByTimeAsync(3_000);
    choice.startLeaving();
    probes[0]?.("unreachable");
    await vi.advanceTimersByTimeAsync(0);
    expect(choice.status()).toEqual({ state: "worker", reason: "host-unreachable" });
    expect(remembered.saved.failedAt).toBeUndefined();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(remembered.saved.failedAt).toBe(now + 3_000);
  });
});
