/**
 * The two engines the bench drives, behind one small interface: Chromium through Playwright
 * (/usr/bin/chromium when it exists) and Firefox through puppeteer-core over WebDriver BiDi
 * (/usr/bin/firefox-esr; Playwright's Firefox channel does not work with Debian's ESR). In both,
 * the WebContainer's hosts never answer, as they never do for a learner behind a filter.
 */
import { existsSync } from "node:fs";
import { chromium, type CDPSession } from "playwright";
import puppeteer from "puppeteer-core";
import { startBlackHole } from "./black-hole.node.ts";
import { systemChromium } from "../../tests/support/system-chromium.ts";

/** A page in one browser profile; every measurement goes through `evaluate`. */
export interface BenchPage {
  /** Navigates and waits for the load event. */
  goto(url: string): Promise<void>;
  evaluate<Arg, Result>(probe: (arg: Arg) => Result | Promise<Result>, arg: Arg): Promise<Result>;
  focus(selector: string): Promise<void>;
  waitFor(selector: string): Promise<void>;
  type(text: string): Promise<void>;
  /**
   * Presses the element with a real pointer, as a hand does: moves onto it from beside it, presses,
   * releases. Unlike a script's click(), this sends the pointer events a learner's reach sends.
   */
  pointerPress(selector: string): Promise<void>;
  close(): Promise<void>;
}

/** Where the pointer starts, beside the element, and the point it presses in the element's middle. */
function reach(box: { x: number; y: number; width: number; height: number }) {
  return {
    from: { x: Math.max(box.x - 120, 0), y: box.y + box.height / 2 + 60 },
    to: { x: box.x + box.width / 2, y: box.y + box.height / 2 },
  };
}

/** How a fresh page is set up. */
export interface PageOptions {
  /** A phone-sized viewport (412 x 823 at 1.75x, Lighthouse's mobile preset). */
  mobile?: boolean;
  /** CPU slowdown (4 in Lighthouse's mobile preset); Chromium only, through CDP. */
  cpuSlowdown?: number;
}

/** One browser engine, launched once. */
export interface Engine {
  name: "chromium" | "firefox";
  version: string;
  /** Whether `cpuSlowdown` is applied on this engine. */
  throttlesCpu: boolean;
  /** A page in a fresh profile: no storage, no cache. */
  freshPage(options?: PageOptions): Promise<BenchPage>;
  close(): Promise<void>;
}

/** How an engine is started. */
export interface LaunchOptions {
  /** A cap on each JavaScript heap (page, worker), in MB, for a program meant to run out of memory. */
  heapMb?: number;
}

/**
 * Runs a probe in the page over its own DevTools session. Playwright refuses a page once any frame
 * of it has crashed (as the sandbox's does when its program runs out of memory), though the page
 * lives on; the session still reaches it. The probe is sent as source, as Playwright sends it.
 */
async function evaluateOverSession<Arg, Result>(
  session: CDPSession,
  probe: (arg: Arg) => Result | Promise<Result>,
  arg: Arg,
): Promise<Result> {
  const { result, exceptionDetails } = await session.send("Runtime.evaluate", {
    expression: `(${probe.toString()})(${JSON.stringify(arg)})`,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails !== undefined)
    throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value as Result;
}

/** Both engines open pages at one desktop size unless told otherwise, so a figure compares alike. */
const desktopViewport = { width: 1280, height: 720 };
const mobileViewport = { width: 412, height: 823 };
const mobileScale = 1.75;

/**
 * Chromium through Playwright, given the same black-hole proxy as Firefox. Not `page.route`: once
 * any route is set, Playwright pauses every request of the page for a round trip to this process,
 * which would add its own latency to each file the first Run loads.
 */
export async function launchChromium({ heapMb }: LaunchOptions = {}): Promise<Engine> {
  const blackHole = await startBlackHole();
  const proxy = `--proxy-pac-url=${blackHole.pacUrl}`;
  const heap = heapMb === undefined ? [] : [`--js-flags=--max-old-space-size=${heapMb}`];
  const browser = await chromium.launch(systemChromium([proxy, ...heap]) ?? { args: [proxy, ...heap] });
  return {
    name: "chromium",
    version: browser.version(),
    throttlesCpu: true,
    async freshPage(options = {}) {
      const context = await browser.newContext(
        options.mobile === true
          ? { viewport: mobileViewport, deviceScaleFactor: mobileScale, isMobile: true, hasTouch: true }
          : { viewport: desktopViewport },
      );
      const page = await context.newPage();
      // Only where needed: every other figure comes from a page with no session of the bench's own.
      const session =
        options.cpuSlowdown !== undefined || heapMb !== undefined
          ? await context.newCDPSession(page)
          : undefined;
      if (options.cpuSlowdown !== undefined)
        await session?.send("Emulation.setCPUThrottlingRate", { rate: options.cpuSlowdown });
      return {
        goto: async (url) => {
          await page.goto(url, { waitUntil: "load" });
        },
        // The drivers' own generics cannot follow a generic probe; the probe's type is the contract.
        // A small heap is for a program meant to run out of memory: its sandbox frame will crash.
        evaluate: <Arg, Result>(probe: (arg: Arg) => Result | Promise<Result>, arg: Arg) =>
          session === undefined || heapMb === undefined
            ? page.evaluate(probe as (arg: unknown) => Result | Promise<Result>, arg as unknown)
            : evaluateOverSession(session, probe, arg),
        focus: (selector) => page.focus(selector),
        waitFor: async (selector) => {
          await page.waitForSelector(selector, { timeout: 30_000 });
        },
        type: (text) => page.keyboard.type(text),
        pointerPress: async (selector) => {
          const box = await page.locator(selector).first().boundingBox();
          if (box === null) throw new Error(`${selector} is not on screen.`);
          const { from, to } = reach(box);
          await page.mouse.move(from.x, from.y);
          await page.mouse.move(to.x, to.y, { steps: 8 });
          await page.mouse.down();
          await page.mouse.up();
        },
        close: () => context.close(),
      };
    },
    close: async () => {
      await browser.close();
      await blackHole.close();
    },
  };
}

/** Firefox ESR through puppeteer-core; a proxy auto-config sends the WebContainer's hosts nowhere. */
export async function launchFirefox({ heapMb }: LaunchOptions = {}): Promise<Engine | string> {
  const system = "/usr/bin/firefox-esr";
  if (!existsSync(system)) return `${system} is missing (Debian: apt-get install firefox-esr)`;
  const blackHole = await startBlackHole();
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: system,
    headless: true,
    extraPrefsFirefox: {
      "network.proxy.type": 2,
      "network.proxy.autoconfig_url": blackHole.pacUrl,
      ...(heapMb === undefined ? {} : { "javascript.options.mem.max": heapMb }),
    },
  });
  return {
    name: "firefox",
    version: await browser.version(),
    throttlesCpu: false,
    async freshPage(options = {}) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport(
        options.mobile === true
          ? { ...mobileViewport, deviceScaleFactor: mobileScale, isMobile: true }
          : desktopViewport,
      );
      return {
        goto: async (url) => {
          try {
            await page.goto(url, { waitUntil: "load" });
          } catch (error) {
            // Firefox over WebDriver BiDi now and then reports a navigation away from a page still
            // settling (its sandbox starting) as aborted: it is asked for once more.
            if (!String(error).includes("NS_BINDING_ABORTED")) throw error;
            await page.goto(url, { waitUntil: "load" });
          }
        },
        evaluate: <Arg, Result>(probe: (arg: Arg) => Result | Promise<Result>, arg: Arg) =>
          page.evaluate(probe as (arg: unknown) => Result | Promise<Result>, arg) as Promise<Result>,
        focus: (selector) => page.focus(selector),
        waitFor: async (selector) => {
          await page.waitForSelector(selector, { timeout: 30_000 });
        },
        type: (text) => page.keyboard.type(text),
        pointerPress: async (selector) => {
          const box = await (await page.$(selector))?.boundingBox();
          if (box === null || box === undefined) throw new Error(`${selector} is not on screen.`);
          const { from, to } = reach(box);
          await page.mouse.move(from.x, from.y);
          await page.mouse.move(to.x, to.y, { steps: 8 });
          await page.mouse.down();
          await page.mouse.up();
        },
        close: () => context.close(),
      };
    },
    close: async () => {
      await browser.close();
      await blackHole.close();
    },
  };
}
