import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createRuntimeChoice, type RuntimeMemory } from "./select-host.ts";
import { refusedSiteWarning, unreachedOrRefusedWarning } from "./hung-boot.ts";
import type { RunnerHost } from "./types.ts";
import type { HostReachability } from "./webcontainer/host-reachability.ts";

/** Storage kept in a plain object, so the test can read what was remembered. */
function memory() {
  const saved: { failedAt: number | undefined } = { failedAt: undefined };
  const api: RuntimeMemory = {
    runtimePreference: () => "auto",
    saveRuntimePreference: () => true,
    webContainerFailedAt: () => saved.failedAt,
    rememberWebContainerFailure: (at) => ((saved.failedAt = at), true),
    forgetWebContainerFailure: () => ((saved.failedAt = undefined), true),
    webContainerBootingSince: () => undefined,
    markWebContainerBooting: () => true,
    clearWebContainerBooting: () => true,
  };
  return Object.assign(api, { saved });
}

const workerHost: RunnerHost = {
  kind: "worker",
  run: () => ({ stop: () => undefined, done: new Promise(() => undefined) }),
  dispose: () => undefined,
};

/** A page whose real boot never settles (offline, or a refused site), with a probe that answers `found`. */
function hungBoot(found: HostReachability | "never") {
  const remembered = memory();
  const probeHost = vi.fn(() =>
    found === "never" ? new Promise<HostReachability>(() => undefined) : Promise.resolve(found),
  );
  const choice = createRuntimeChoice({
    environment: { crossOriginIsolated: true, hasSharedArrayBuffer: true, appleMobile: false },
    memory: remembered,
    bootWebContainer: () => new Promise<RunnerHost>(() => undefined),
    makeWorkerHost: () => workerHost,
    bootBudgetMs: 30_000,
    rememberFailureMs: 24 * 60 * 60 * 1000,
    now: () => Date.now(),
    probeHost,
    probeAfterMs: 3_000,
  });
  return { choice, remembered, probeHost };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("a boot that does not settle", () => {
  it("is not probed before the probe's delay", async () => {
    const { probeHost, choice } = hungBoot("reachable");
    await vi.advanceTimersByTimeAsync(2_999);
    expect(probeHost).not.toHaveBeenCalled();
    expect(choice.status()).toEqual({ state: "starting" });
  });

  it("gives up at once when the runtime's host is unreachable, and remembers it", async () => {
    const { choice, remembered } = hungBoot("unreachable");
    await vi.advanceTimersByTimeAsync(3_000);
    expect(choice.status()).toEqual({ state: "worker", reason: "host-unreachable" });
    expect(remembered.saved.failedAt).toBeDefined();
  });

  it("waits out the budget when the host answers, then blames the site and tells the maintainer", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const { choice, remembered } = hungBoot("reachable");
    await vi.advanceTimersByTimeAsync(29_999);
    expect(choice.status()).toEqual({ state: "starting" });
    expect(warn).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(choice.status()).toEqual({ state: "worker", reason: "not-started-for-site" });
    expect(warn).toHaveBeenCalledWith(refusedSiteWarning);
    expect(refusedSiteWarning).toMatch(/PUBLIC_WEBCONTAINER_CLIENT_ID/);
    expect(refusedSiteWarning).toMatch(/allowed sites/);
    expect(remembered.saved.failedAt).toBeDefined();
  });

  it("keeps its budget when the probe fails on an isolated page, then names both causes", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const { choice, remembered } = hungBoot("inconclusive");
    // The host may have answered without a CORP header: a cold boot there can still finish.
    await vi.advanceTimersByTimeAsync(29_999);
    expect(choice.status()).toEqual({ state: "starting" });
    expect(warn).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(choice.status()).toEqual({ state: "worker", reason: "unreached-or-refused" });
    expect(warn.mock.calls).toEqual([[unreachedOrRefusedWarning]]);
    expect(remembered.saved.failedAt).toBeDefined();
  });

  it("blames neither cause when the probe never answers", async () => {
    const { choice } = hungBoot("never");
    await vi.advanceTimersByTimeAsync(30_000);
    expect(choice.status()).toEqual({ state: "worker", reason: "boot-timeout" });
  });
});
