/**
 * The page's longest main-thread stall in Firefox, with the heartbeat the Chromium specs use
 * (tests/support/page-heartbeat.ts). The bench gives the exact figures; the specs only rule out a
 * freeze.
 */
import type { Page } from "puppeteer-core";
import { beginHeartbeat, endHeartbeat } from "../support/page-heartbeat.ts";

/** Starts a heartbeat in the page; the returned function stops it and gives its longest gap (ms). */
export async function startHeartbeat(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(beginHeartbeat);
  return () => page.evaluate(endHeartbeat);
}
