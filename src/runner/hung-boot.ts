/**
 * Whom a boot that never settled is blamed on. The real boot gives no sign offline, behind a
 * filter, or on a site StackBlitz refuses, so the blame comes from the probe of the runtime's host
 * (host-reachability.ts), and it names a cause only when the probe rules the other one out: the
 * issue forbids a notice that blames the wrong cause. Where both remain, both are named.
 */
import type { HostReachability } from "./webcontainer/host-reachability.ts";

/** The reasons a hung boot can end with (members of `WorkerReason` in select-host.ts). */
export type HungBootReason =
  "host-unreachable" | "not-started-for-site" | "unreached-or-refused" | "boot-timeout";

/** What the page says when it stops waiting for a hung boot. */
export interface HungBootVerdict {
  reason: HungBootReason;
  /** The one console line for the site's maintainer, when there is something they can check. */
  warning?: string;
}

/** The maintainer's line for a boot that hung while its host answered: what to check. */
export const refusedSiteWarning =
  "The WebContainer did not boot although stackblitz.com answers: this site is likely not allowed. " +
  "Set PUBLIC_WEBCONTAINER_CLIENT_ID at build time (passed to configureAPIKey) and add this site to " +
  "the key's allowed sites on StackBlitz.";

/** The maintainer's line for a boot that hung while the probe could not tell the two causes apart. */
export const unreachedOrRefusedWarning =
  "The WebContainer did not boot, and the probe of stackblitz.com failed. On this cross-origin " +
  "isolated page that has two possible causes: the network does not reach stackblitz.com (offline, " +
  "or blocked by a filter), or stackblitz.com answered without a Cross-Origin-Resource-Policy header, " +
  "as it may for a site it refuses. If stackblitz.com opens in this browser, set " +
  "PUBLIC_WEBCONTAINER_CLIENT_ID at build time (passed to configureAPIKey) and add this site to the " +
  "key's allowed sites on StackBlitz.";

/**
 * Whether the probe's finding ends the wait before the budget. Only a host that is surely
 * unreachable does: an inconclusive probe may come from a host that answers, and a cold boot there
 * may still finish (it takes about 10 s), so it keeps its budget.
 */
export function givesUpBeforeBudget(found: HostReachability): boolean {
  return found === "unreachable";
}

/**
 * The verdict once the budget is spent, from what the probe found (undefined: it has not answered).
 *
 * @example verdictAtBudget("reachable") // { reason: "not-started-for-site", warning: refusedSiteWarning }
 */
export function verdictAtBudget(found: HostReachability | undefined): HungBootVerdict {
  switch (found) {
    case "reachable":
      return { reason: "not-started-for-site", warning: refusedSiteWarning };
    case "unreachable":
      return { reason: "host-unreachable" };
    case "inconclusive":
      return { reason: "unreached-or-refused", warning: unreachedOrRefusedWarning };
    case "silent":
    case undefined:
      // Nothing came back: a slow network and a refused site look alike, so neither is named.
      return { reason: "boot-timeout" };
  }
}
