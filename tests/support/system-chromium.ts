/**
 * Debian's Chromium, which the e2e tests, the bench and the WebContainer check drive where it exists
 * (Playwright cannot download its own browser on our machines), and the flags they launch it with.
 */
import { existsSync } from "node:fs";

/** The whole browser: what a reader runs, so the bench measures paint with it. */
const fullBrowser = "/usr/bin/chromium";
/**
 * The same engine without the browser around it (Debian's `chromium-headless-shell`, the build
 * Playwright itself runs headless tests in): the e2e stage is bound by two cores, and two specs
 * (every-page, sample-card: 49 tests) took 65 busy CPU-seconds and 34 s in it against 89–97 and
 * 47–52 s in the full browser, measured here in turn.
 */
const headlessShell = "/usr/bin/chromium-headless-shell";

const args = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  // Chromium 156 opens two renderers of its own (the address bar's WebUI popups) in every window, so
  // in every new context: 0.7 CPU-seconds each, measured here, spent beside the page under test.
  "--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup",
];

/** Launch options for Debian's Chromium plus `extraArgs`, or undefined where it is not installed. */
export function systemChromium(extraArgs: readonly string[] = []) {
  return existsSync(fullBrowser) ? { executablePath: fullBrowser, args: [...args, ...extraArgs] } : undefined;
}

/**
 * Launch options for the tests: Debian's headless shell where it is installed, else its full
 * Chromium, else undefined (Playwright's own). Only for what does not time paint.
 */
export function systemChromiumForTests() {
  return existsSync(headlessShell) ? { executablePath: headlessShell, args } : systemChromium();
}
