/**
 * Tells a refused site from an unreachable one. Offline, or behind a filter, the real
 * `WebContainer.boot()` never settles, and neither does it on a site StackBlitz refuses: the boot
 * alone cannot say which. A `no-cors` request to the runtime's host can: an opaque answer (any
 * status, a 404 included) means the network reaches it; a rejection means DNS or the network failed.
 * The site's CSP allows this request (connect-src lists the runtime's origin, see site-headers.ts).
 */
import { webContainerProbeUrl } from "../check/network-probe.ts";

/** What the probe found: the host answered, it could not be reached, or it said nothing in time. */
export type HostReachability = "reachable" | "unreachable" | "silent";

/**
 * How long a boot may go unsettled before the page probes: a warm boot is ready within about
 * 2 s, so past 3 s it is worth asking, and the learner hears why well before the 30 s budget.
 */
export const probeAfterMs = 3_000;

/** How long the probe may wait for an answer; a slow network still answers within this. */
export const probeTimeoutMs = 5_000;

/**
 * Sends one `no-cors` request to `url` and waits at most `timeoutMs`. Never rejects.
 *
 * @example await probeHost(fetch) // "reachable" when stackblitz.com answers at all
 */
export async function probeHost(
  fetchFunction: typeof fetch,
  url: string = webContainerProbeUrl,
  timeoutMs: number = probeTimeoutMs,
): Promise<HostReachability> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const silence = new Promise<"silent">((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve("silent");
    }, timeoutMs);
  });
  const answer = fetchFunction(url, { mode: "no-cors", cache: "no-store", signal: controller.signal }).then(
    () => "reachable" as const,
    () => (controller.signal.aborted ? ("silent" as const) : ("unreachable" as const)),
  );
  try {
    return await Promise.race([answer, silence]);
  } finally {
    clearTimeout(timer);
  }
}
