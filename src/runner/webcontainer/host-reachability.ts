/**
 * Tells a refused site from an unreachable one, where the page can. Offline, or behind a filter,
 * the real `WebContainer.boot()` never settles, and neither does it on a site StackBlitz refuses:
 * the boot alone cannot say which. A `no-cors` request to the runtime's host can, up to a point: an
 * opaque answer (any status, a 404 included) means the network reaches it. A rejection is less
 * clear on the pages that boot: they are cross-origin isolated (COEP `require-corp`), and there the
 * browser also rejects an answer that lacks `Cross-Origin-Resource-Policy: cross-origin`, just as
 * it rejects a failed network. So a rejection counts as "unreachable" only where nothing else can
 * explain it. The site's CSP allows this request (connect-src lists the runtime's origin, see
 * site-headers.ts).
 */
import { webContainerProbeUrl } from "../check/network-probe.ts";

/**
 * What the probe found: the host answered; it cannot be reached; the request failed in a way that
 * fits both an unreachable host and one that answered without a CORP header ("inconclusive"); or
 * nothing came back in time ("silent").
 */
export type HostReachability = "reachable" | "unreachable" | "inconclusive" | "silent";

/** What the page knows about itself when the probe's request fails. */
export interface ProbingPage {
  /** `globalThis.crossOriginIsolated`: then COEP fails cross-origin answers without a CORP header. */
  crossOriginIsolated: boolean;
  /** `navigator.onLine`: false is a sure "no network"; true proves nothing (a filter, a captive portal). */
  onLine: boolean;
}

/**
 * How long a boot may go unsettled before the page probes: a warm boot is ready within about
 * 2 s, so past 3 s it is worth asking, and the learner hears why well before the 30 s budget.
 */
export const probeAfterMs = 3_000;

/** How long the probe may wait for an answer; a slow network still answers within this. */
export const probeTimeoutMs = 5_000;

/**
 * What a failed probe request means on `page`. Only an offline browser, or a page without COEP
 * (where an answer is never blocked), makes the host surely unreachable.
 *
 * @example failedProbeMeaning({ crossOriginIsolated: true, onLine: true }) // "inconclusive"
 */
export function failedProbeMeaning(page: ProbingPage): "unreachable" | "inconclusive" {
  if (!page.onLine || !page.crossOriginIsolated) return "unreachable";
  return "inconclusive";
}

/**
 * Sends one `no-cors` request to `url` and waits at most `timeoutMs`. Never rejects. `page` is
 * read when the request fails, as the browser may have gone offline since it was sent.
 *
 * @example await probeHost(fetch, () => ({ crossOriginIsolated, onLine: navigator.onLine }))
 */
export async function probeHost(
  fetchFunction: typeof fetch,
  page: () => ProbingPage,
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
    () => (controller.signal.aborted ? ("silent" as const) : failedProbeMeaning(page())),
  );
  try {
    return await Promise.race([answer, silence]);
  } finally {
    clearTimeout(timer);
  }
}
