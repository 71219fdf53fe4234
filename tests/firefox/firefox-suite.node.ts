/**
 * What every Firefox suite does around its tests: starts the offline network and Firefox, builds
 * and serves the site before the tests, closes all of it after them, and opens each test's page in
 * a fresh browser context (storage of its own, a first visit). Without Firefox the suite is skipped
 * with a one-line reason, except in CI, where that is a failure.
 */
import { after, before, describe } from "node:test";
import type { Browser, Page } from "puppeteer-core";
import { launchFirefox } from "./launch-firefox.node.ts";
import { startOfflineNetwork, type OfflineNetwork } from "./offline-network.node.ts";
import { buildAndServe, type SiteServer } from "./site-server.node.ts";

const isCi = process.env["CI"] !== undefined;

/** What a suite's tests reach: the network, and pages of the served site. */
export interface FirefoxSuite {
  network: OfflineNetwork;
  /** The started browser; throws when the suite did not start. */
  browser: () => Browser;
  /** The served site's origin; throws when the suite did not start. */
  origin: () => string;
  /** Opens `path` in a fresh context, as `options` say, runs `steps`, then closes the context. */
  onFreshPage: (path: string, steps: (page: Page) => Promise<void>, options?: PageOptions) => Promise<void>;
}

/** How a fresh page is set up before it opens. */
export interface PageOptions {
  size?: { width: number; height: number };
  /**
   * Opens the page in a window of its own rather than a tab: a page side by side with another then
   * stays visible (a background tab is hidden, and its timers are held back) as a learner's page is.
   */
  ownWindow?: boolean;
  /**
   * Entries put in the page's localStorage before its first document runs, so the page reads them
   * on its first load. Setting them after it and reloading races the page's own settling: Firefox
   * over WebDriver BiDi then now and then aborts the reload (NS_BINDING_ABORTED).
   */
  storage?: Record<string, string>;
}

/** Gathers what the page logs as an error or warning, and errors it does not catch. */
function collectConsoleErrors(page: Page): string[] {
  const said: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warn") said.push(message.text());
  });
  page.on("pageerror", (error) => said.push(String(error)));
  return said;
}

/** Runs in every new document of the page; a sandboxed frame has no storage, and needs none. */
function putInStorage(entries: Record<string, string>): void {
  try {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  } catch {
    // The runner's sandboxed iframe (an opaque origin) may not touch storage.
  }
}

/**
 * Declares a suite run in Firefox. `preferences` are added to the offline network's; `body`
 * declares the tests (and may add hooks of its own, which run after the suite's `before`).
 */
export async function describeInFirefox(
  name: string,
  body: (suite: FirefoxSuite) => void,
  preferences: Record<string, unknown> = {},
): Promise<void> {
  const network = await startOfflineNetwork();
  const firefox = await launchFirefox({ ...network.firefoxPreferences, ...preferences });
  // A skipped suite runs no hooks, so nothing would close the black hole later.
  if (!firefox.started) await network.close();
  let server: SiteServer | undefined;

  const browser = (): Browser => {
    if (!firefox.started) throw new Error("The suite did not start.");
    return firefox.browser;
  };
  const origin = (): string => {
    if (server === undefined) throw new Error("The suite did not start.");
    return server.origin;
  };
  const suite: FirefoxSuite = {
    network,
    browser,
    origin,
    onFreshPage: async (path, steps, { size, storage, ownWindow = false } = {}) => {
      const context = await browser().createBrowserContext();
      try {
        const page = await context.newPage(ownWindow ? { type: "window" } : {});
        const said = collectConsoleErrors(page);
        if (size !== undefined) await page.setViewport(size);
        if (storage !== undefined) await page.evaluateOnNewDocument(putInStorage, storage);
        await page.goto(`${origin()}${path}`);
        try {
          await steps(page);
        } catch (error) {
          // What the page itself complained of is often the cause of a failed wait.
          if (said.length > 0) console.log(`The page's console said:\n${said.join("\n")}`);
          throw error;
        }
      } finally {
        await context.close();
      }
    },
  };

  void describe(name, { skip: firefox.started || isCi ? false : `skipped: ${firefox.reason}` }, () => {
    before(
      async () => {
        if (!firefox.started) throw new Error(`CI needs Firefox for this suite: ${firefox.reason}`);
        server = await buildAndServe();
      },
      { timeout: 240_000 },
    );
    after(async () => {
      if (firefox.started) await firefox.browser.close();
      await server?.close();
      await network.close();
    });
    body(suite);
  });
}
