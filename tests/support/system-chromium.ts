/**
 * Debian's Chromium, which the e2e tests, the bench and the WebContainer check drive where it exists
 * (Playwright cannot download its own browser on our machines), and the flags they launch it with.
 */
import { existsSync } from "node:fs";

const executablePath = "/usr/bin/chromium";

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
  return existsSync(executablePath) ? { executablePath, args: [...args, ...extraArgs] } : undefined;
}
