import { afterEach, describe, expect, it, vi } from "vitest";
import { RuntimeUnsupportedError } from "../types.ts";

const boot = vi.hoisted(() => vi.fn());
vi.mock("@webcontainer/api", () => ({ WebContainer: { boot } }));

const { bootWebContainerHost } = await import("./load-webcontainer.browser.ts");

describe("bootWebContainerHost", () => {
  afterEach(() => boot.mockReset());

  it("boots with the same COEP the site sends", async () => {
    boot.mockRejectedValue(new Error("stop here"));
    await expect(bootWebContainerHost()).rejects.toThrow();
    expect(boot).toHaveBeenCalledWith(expect.objectContaining({ coep: "require-corp" }));
  });

  it("turns a failed boot into the typed error the fallback listens for, keeping the cause", async () => {
    const cause = new Error("Unable to create more instances");
    boot.mockRejectedValue(cause);
    const failure: unknown = await bootWebContainerHost().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RuntimeUnsupportedError);
    expect((failure as Error).cause).toBe(cause);
  });
});
