import { defineConfig } from "@playwright/test";
import { systemChromiumForTests } from "./tests/support/system-chromium.ts";

const isCi = process.env["CI"] !== undefined;
const sitePrebuilt = process.env["SITE_PREBUILT"] === "1";
const previewPort = Number(process.env["E2E_PORT"] ?? 4321);

// Debian's Chromium (its headless shell where installed), and Playwright's own everywhere else.
const launchOptions = systemChromiumForTests() ?? {};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  // Three on 2 cores: most tests wait on a program's timers, and a new context no longer starts
  // Chromium's own address-bar renderers (system-chromium.ts); with two, the stage used 1.3 to 1.5
  // of the 2 cores in CI.
  workers: 3,
  forbidOnly: isCi,
  // Some specs measure real time (Stop before the time limit, overlapping requests) on a 2-core CI machine;
  // one retry absorbs a scheduling hiccup, and the report still lists the test as flaky.
  retries: isCi ? 1 : 0,
  reporter: isCi ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${previewPort}`,
    launchOptions,
    // Recording a trace costs every test a third to two fifths of its CPU (DOM snapshots and
    // screenshots at each step), and the e2e stage is bound by the two cores. In CI a trace is
    // recorded on the retry of a failed test, so a failure still comes with one; locally, where
    // nothing is retried, on every run and kept for a failure.
    trace: isCi ? "on-first-retry" : "retain-on-failure",
  },
  // Build once, then serve the static site exactly as it ships. Under `npm test`, the site was
  // built once for both browsers just before (SITE_PREBUILT=1), and is served as it is.
  webServer: {
    command: `${sitePrebuilt ? "" : "npm run build && "}npm run preview -- --port ${previewPort} --host localhost`,
    url: `http://localhost:${previewPort}/en/`,
    reuseExistingServer: !isCi,
    timeout: 240_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
