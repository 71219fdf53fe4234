import { afterEach, describe, expect, it, vi } from "vitest";
import { probeHost } from "./host-reachability.ts";
import { webContainerProbeUrl } from "../check/network-probe.ts";

afterEach(() => vi.useRealTimers());

describe("probeHost", () => {
  it("calls the runtime's host with a no-cors, uncached request", async () => {
    const fetchFunction = vi.fn<typeof fetch>(() => Promise.resolve(new Response(null, { status: 200 })));
    await probeHost(fetchFunction);
    expect(fetchFunction).toHaveBeenCalledWith(
      webContainerProbeUrl,
      expect.objectContaining({ mode: "no-cors", cache: "no-store" }),
    );
  });

  it.each([200, 404, 0])("counts any answer (status %i) as reachable", async (status) => {
    const answer = status === 0 ? Response.error() : new Response(null, { status });
    expect(await probeHost(() => Promise.resolve(answer))).toBe("reachable");
  });

  it("counts a network or DNS failure as unreachable", async () => {
    expect(await probeHost(() => Promise.reject(new TypeError("Failed to fetch")))).toBe("unreachable");
  });

  it("stops waiting for a host that never answers", async () => {
    vi.useFakeTimers();
    let signal: AbortSignal | undefined;
    const probe = probeHost(
      (_url, init) => {
        signal = init?.signal ?? undefined;
        return new Promise<Response>(() => undefined);
      },
      webContainerProbeUrl,
      1_000,
    );
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await probe).toBe("silent");
    expect(signal?.aborted).toBe(true);
  });
});
