/**
 * How long the page's main thread stalls, read inside the page: a 10 ms heartbeat timer, whose
 * longest gap is the longest stall. The page's own clock, so a busy machine's delays in driving
 * the browser never count. The bench gives the exact figures; the specs only rule out a freeze.
 */
import type { Page } from "puppeteer-core";

/** What the heartbeat keeps on the page's global object. */
interface Beat {
  last: number;
  longest: number;
  timer: number;
}

/** Starts a heartbeat in the page; the returned function stops it and gives its longest gap (ms). */
export async function startHeartbeat(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const beat: Beat = { last: performance.now(), longest: 0, timer: 0 };
    beat.timer = window.setInterval(() => {
      const now = performance.now();
      beat.longest = Math.max(beat.longest, now - beat.last);
      beat.last = now;
    }, 10);
    Object.assign(window, { asyncTourHeartbeat: beat });
  });
  return () =>
    page.evaluate(async () => {
      // Two frames after the result is on screen, so drawing it counts too.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const beat = (window as unknown as { asyncTourHeartbeat: Beat }).asyncTourHeartbeat;
      clearInterval(beat.timer);
      return Math.max(beat.longest, performance.now() - beat.last);
    });
}
