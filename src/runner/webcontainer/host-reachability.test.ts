import { afterEach, describe, expect, it, vi } from "vitest";
import { failedProbeMeaning, probeHost, type ProbingPage } from "./host-reachability.ts";
import { webContainerProbeUrl } from "../check/network-probe.ts";

afterEach(() => vi.useRealTimers());

/** The page that boots: cross-origin isolated, and online as far as the browser knows. */
const isolatedOnline = (): ProbingPage => ({ crossOriginIsolated: true, onLine: true });
const failedFetch = () => Promise.reject(new TypeError("Failed to fetch"));

describe("probeHost", () => {
  it("calls the runtime's host with a no-cors, uncached request", async () => {
    const fetchFunction = vi.fn<typeof fetch>(() => Promise.resolve(new Response(null, { status: 200 })));
    await probeHost(fetchFunction, isolatedOnline);
    expect(fetchFunction).toHaveBeenCalledWith(
      webContainerProbeUrl,
      expect.objectContaining({ mode: "no-cors", cache: "no-store" }),
    );
  });

  it.each([200, 404, 0])("counts any answer (status %i) as reachable", async (status) => {
    const answer = status === 0 ? Response.error() : new Response(null, { status });
    expect(await probeHost(() => Promise.resolve(answer), isolatedOnline)).toBe("reachable");
  });

  it.each<[string, "unreachable" | "inconclusive", ProbingPage]>([
    // COEP rejects a cross-origin answer without a CORP header as it rejects a network error.
    ["isolated and online", "inconclusive", { crossOriginIsolated: true, onLine: true }],
    ["isolated and offline", "unreachable", { crossOriginIsolated: true, onLine: false }],
    ["not isolated and online", "unreachable", { crossOriginIsolated: false, onLine: true }],
    ["not isolated and offline", "unreachable", { crossOriginIsolated: false, onLine: false }],
  ])("reads a failed request on a page %s as %s", async (_, meaning, page) => {
    expect(failedProbeMeaning(page)).toBe(meaning);
    expect(await probeHost(failedFetch, () => page)).toBe(meaning);
  });

  it("reads the page when the request fails, not when it is sent", async () => {
    let onLine = false;
    let fail: (error: Error) => void = () => undefined;
    const probe = probeHost(
      () => new Promise<Response>((_resolve, reject) => (fail = reject)),
      () => ({ crossOriginIsolated: true, onLine }),
    );
    onLine = true;
    fail(new TypeError("Failed to fetch"));
    expect(await probe).toBe("inconclusive");
  });

  it("stops waiting for a host that never answers", async () => {
    vi.useFakeTimers();
    let signal: AbortSignal | undefined;
    const probe = probeHost(
      (_url, init) => {
        signal = init?.signal ?? undefined;
        return new Promise<Response>(() => undefined);
      },
      isolatedOnline,
      webContainerProbeUrl,
      1_000,
    );
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await probe).toBe("silent");
    expect(signal?.aborted).toBe(true);
  });
});
