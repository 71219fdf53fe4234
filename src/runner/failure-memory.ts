/**
 * Decides whether a failed WebContainer boot is remembered for later pages, so that one abandoned
 * by a learner who turned the page is not: remembering it would keep them on the built-in runtime
 * for a day for having navigated. Leaving cuts a page's requests short, and Firefox does it before
 * `pagehide`, as soon as the navigation starts (measured: `beforeunload`, then the reachability
 * probe rejecting with the very `TypeError` an unreachable host gives, then `pagehide`, while the
 * next page's response is awaited). So a failure that comes after `beforeunload` is held until
 * `pagehide` (abandoned) or until the page has plainly stayed (`graceMs` later: a cancelled
 * navigation, a download link), and then remembered.
 */

/**
 * How long a failure after `beforeunload` waits for `pagehide` before it counts: long enough for a
 * slow network to answer the request for the next page.
 */
export const leaveGraceMs = 10_000;

/** The page's side of the failure memory; see the file's comment. */
export interface FailureMemory {
  /** A boot failed now; `wanted` tells whether the page was still counting on it. */
  failed(wanted: boolean): void;
  /** `beforeunload`: the learner may be leaving (the page may yet stay). */
  leaving(): void;
  /** `pagehide`: the page is left, for good or into the back-forward cache. */
  left(): void;
  /**
   * `pageshow` from the back-forward cache: true when a boot the page was counting on ended while
   * it was away (the page should boot again); false otherwise.
   */
  returned(): boolean;
  /** Between `left` and `returned`: what a boot does now says nothing about the browser. */
  away(): boolean;
}

/**
 * A failure memory that writes through `remember`.
 *
 * @example createFailureMemory({ remember: (at) => store.rememberWebContainerFailure(at), now: Date.now, graceMs: leaveGraceMs })
 */
export function createFailureMemory(options: {
  remember: (at: number) => void;
  now: () => number;
  graceMs: number;
}): FailureMemory {
  let isAway = false;
  /** A boot the page was counting on ended while it was away (or about to be). */
  let abandoned = false;
  /** Set from `beforeunload` until `pagehide` or the grace has passed. */
  let leaveTimer: ReturnType<typeof setTimeout> | undefined;
  /** A failure that came while the page may have been leaving. */
  let held: { at: number; wanted: boolean } | undefined;

  const stayed = (): void => {
    leaveTimer = undefined;
    if (held !== undefined) options.remember(held.at);
    held = undefined;
  };

  return {
    failed(wanted) {
      if (isAway) abandoned ||= wanted;
      else if (leaveTimer !== undefined) held ??= { at: options.now(), wanted };
      else options.remember(options.now());
    },
    leaving() {
      if (isAway) return;
      clearTimeout(leaveTimer);
      leaveTimer = setTimeout(stayed, options.graceMs);
    },
    left() {
      isAway = true;
      clearTimeout(leaveTimer);
      leaveTimer = undefined;
      if (held !== undefined) abandoned ||= held.wanted;
      held = undefined;
    },
    returned() {
      if (!isAway) return false;
      isAway = false;
      const again = abandoned;
      abandoned = false;
      return again;
    },
    away: () => isAway,
  };
}
