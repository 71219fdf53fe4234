import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { RuntimeUnsupportedError } from "../types.ts";

const boot = vi.hoisted(() => vi.fn());
vi.mock("@webcontainer/api", () => ({ WebContainer: { boot } }));

const { bootWebContainerHost } = await import("./load-webcontainer.browser.ts");

/** A booted container that reports `message` through its `error` event as soon as files are mounted. */
function failingContainer(message: string) {
  const errorListeners = new Set<(error: { message: string }) => void>();
  return {
    teardown: vi.fn(),
    on: vi.fn((event: string, listener: (error: { message: string }) => void) => {
      if (event === "error") errorListeners.add(listener);
      return () => errorListeners.delete(listener);
    }),
    mount: vi.fn(() => {
      setTimeout(() => {
        for (const listener of errorListeners) listener({ message });
      });
      return Promise.resolve();
    }),
    // Processes that never end: only the error event can settle the boot.
    spawn: vi.fn(() =>
      Promise.resolve({
        output: new ReadableStream<string>(),
        exit: new Promise<number>(() => undefined),
        kill() {},
      }),
    ),
  };
}

describe("bootWebContainerHost", () => {
  beforeEach(() => {
    vi.stubGlobal(
      "fetch",
      vi.fn(() => Promise.resolve(new Response("export {};"))),
    );
  });
  afterEach(() => {
    boot.mockReset();
    vi.unstubAllGlobals();
  });

  it("turns a failed boot into the typed error the fallback listens for, with the reason and the cause", async () => {
    const cause = new Error("Unable to create more instances");
    boot.mockRejectedValue(cause);
    const failure: unknown = await bootWebContainerHost().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RuntimeUnsupportedError);
    expect((failure as Error).message).toBe(
      "The WebContainer could not start: Unable to create more instances",
    );
    expect((failure as Error).cause).toBe(cause);
  });

  it("fails with the container's error event, and tears that container down", async () => {
    const container = failingContainer("Unable to connect to the runtime");
    boot.mockResolvedValue(container);
    const failure: unknown = await bootWebContainerHost().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RuntimeUnsupportedError);
    expect((failure as Error).message).toBe(
      "The WebContainer could not start: The WebContainer reported an error: Unable to connect to the runtime",
    );
    expect(container.teardown).toHaveBeenCalledOnce();
  });
});
