import { describe, expect, it } from "vitest";
import { selectHost, type SelectionInputs } from "./select-host.ts";
import { RuntimeUnsupportedError, type RunnerHost } from "./types.ts";

const host = (kind: RunnerHost["kind"]): RunnerHost => ({
  kind,
  run: () => ({ stop: () => undefined, done: new Promise(() => undefined) }),
  dispose: () => undefined,
});

const inputs = (overrides: Partial<SelectionInputs>): SelectionInputs => ({
  preference: "auto",
  crossOriginIsolated: true,
  hasSharedArrayBuffer: true,
  bootWebContainer: () => Promise.resolve(host("webcontainer")),
  makeWorkerHost: () => host("worker"),
  bootTimeoutMs: 50,
  ...overrides,
});

describe("selectHost", () => {
  it.each([
    ["a WebContainer that boots", {}, "webcontainer", "webcontainer-ready"],
    ["the learner's remembered choice", { preference: "worker" as const }, "worker", "preference"],
    ["a page that is not cross-origin isolated", { crossOriginIsolated: false }, "worker", "not-isolated"],
    ["no SharedArrayBuffer", { hasSharedArrayBuffer: false }, "worker", "no-shared-array-buffer"],
    [
      "a typed unsupported error",
      { bootWebContainer: () => Promise.reject(new RuntimeUnsupportedError("Safari")) },
      "worker",
      "boot-failed",
    ],
    [
      "any other boot error",
      { bootWebContainer: () => Promise.reject(new Error("boom")) },
      "worker",
      "boot-failed",
    ],
    [
      "a boot that never settles",
      { bootWebContainer: () => new Promise<RunnerHost>(() => undefined) },
      "worker",
      "boot-timeout",
    ],
  ])("%s -> %s (%s)", async (_, overrides, kind, reason) => {
    const selection = await selectHost(inputs(overrides));
    expect(selection.host.kind).toBe(kind);
    expect(selection.reason).toBe(reason);
  });

  it("frees a WebContainer that boots after the time limit", async () => {
    let disposed = false;
    let finishBoot: (late: RunnerHost) => void = () => undefined;
    const selection = await selectHost(
      inputs({ bootWebContainer: () => new Promise<RunnerHost>((resolve) => (finishBoot = resolve)) }),
    );
    expect(selection.reason).toBe("boot-timeout");
    finishBoot({ ...host("webcontainer"), dispose: () => (disposed = true) });
    await Promise.resolve();
    await Promise.resolve();
    expect(disposed).toBe(true);
  });

  it("does not try to boot when the page cannot host a WebContainer", async () => {
    let booted = false;
    await selectHost(
      inputs({
        crossOriginIsolated: false,
        bootWebContainer: () => ((booted = true), Promise.resolve(host("webcontainer"))),
      }),
    );
    expect(booted).toBe(false);
  });
});
