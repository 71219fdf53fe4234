/**
 * How long a page's main thread stalls, read inside the page: a 10 ms heartbeat timer, whose
 * longest gap is the longest stall. The page's own clock, so a busy machine's delays in driving
 * the browser never count. Both functions run in the page (pass them to `page.evaluate`, in
 * Playwright or puppeteer alike), so each is whole in itself.
 */

/** What the heartbeat keeps on the page's global object. */
interface Beat {
  last: number;
  longest: number;
  timer: number;
}

/** Starts the heartbeat. */
export function beginHeartbeat(): void {
  const beat: Beat = { last: performance.now(), longest: 0, timer: 0 };
  beat.timer = window.setInterval(() => {
    const now = performance.now();
    beat.longest = Math.max(beat.longest, now - beat.last);
    beat.last = now;
  }, 10);
  Object.assign(window, { asyncTourHeartbeat: beat });
}

/** Stops the heartbeat two frames after the result is on screen (so drawing it counts too); its longest gap, in ms. */
export async function endHeartbeat(): Promise<number> {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const beat = (window as unknown as { asyncTourHeartbeat: Beat }).asyncTourHeartbeat;
  clearInterval(beat.timer);
  return Math.max(beat.longest, performance.now() - beat.last);
}
