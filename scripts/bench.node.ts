/**
 * `npm run bench`: builds the site, serves it, drives Chromium, and writes reports/bench.json with
 * the figures the runner is held to: JS before any interaction, JS loaded by the first Run, time
 * from Run to first output and to done (median of several runs), fallback takeover when the
 * WebContainer cannot boot, and transpile time. Figures, not pass/fail: that is what tests are for.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type Page } from "playwright";
import { transform } from "sucrase";

const port = 4455;
const origin = `http://localhost:${port}`;
const runs = 5;
const root = new URL("../", import.meta.url);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN) * 10) / 10;
};

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: "inherit" });
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} failed`)),
    );
  });
}

async function serve(): Promise<() => void> {
  // Astro's own entry under this Node, not `npx`: killing npx would leave its astro child serving.
  const astro = new URL("node_modules/astro/bin/astro.mjs", root);
  const server = spawn(
    process.execPath,
    [fileURLToPath(astro), "preview", "--port", String(port), "--host", "localhost", "--force"],
    { cwd: root, stdio: "ignore" },
  );
  for (let attempt = 0; attempt < 120; attempt += 1) {
    try {
      if ((await fetch(`${origin}/en/`)).ok) return () => server.kill();
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  server.kill();
  throw new Error("astro preview did not start.");
}

async function launch(): Promise<Browser> {
  const system = "/usr/bin/chromium";
  return chromium.launch(
    existsSync(system)
      ? {
          executablePath: system,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
          ],
        }
      : {},
  );
}

/** Records every JavaScript response (scripts, modules, and fetched .js), with its gzipped size. */
function recordJs(page: Page): { gzipBytes: () => number; files: () => string[] } {
  const seen = new Map<string, number>();
  page.on("response", (response) => {
    const url = response.url();
    if (!/\.m?js(\?|$)/.test(url) || seen.has(url)) return;
    seen.set(url, 0);
    void response.body().then(
      (body) => seen.set(url, gzipSync(body).length),
      () => seen.delete(url),
    );
  });
  return {
    gzipBytes: () => [...seen.values()].reduce((sum, size) => sum + size, 0),
    files: () => [...seen.keys()].map((url) => new URL(url).pathname),
  };
}

/** Clicks Run on a sample and measures, in the page, the time to the first output line and to the end. */
async function timeRun(page: Page, selector: string): Promise<{ firstOutputMs: number; doneMs: number }> {
  return page.evaluate(async (rootSelector) => {
    const sample = document.querySelector<HTMLElement>(rootSelector);
    const button = sample?.querySelector<HTMLButtonElement>('[data-action="run"]');
    const log = sample?.querySelector("[role=log]");
    if (!sample || !button || !log) throw new Error(`No sample at ${rootSelector}`);
    return new Promise<{ firstOutputMs: number; doneMs: number }>((resolve) => {
      let firstOutputMs = Number.NaN;
      let started = 0;
      const observer = new MutationObserver(() => {
        if (Number.isNaN(firstOutputMs) && log.querySelector(".run-line"))
          firstOutputMs = performance.now() - started;
        const state = sample.dataset["runState"];
        if (started > 0 && state !== "running" && state !== "idle") {
          observer.disconnect();
          resolve({ firstOutputMs, doneMs: performance.now() - started });
        }
      });
      observer.observe(sample, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ["data-run-state"],
      });
      started = performance.now();
      button.click();
    });
  }, selector);
}

async function measureRuns(page: Page, selector: string) {
  const first: number[] = [];
  const done: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const timing = await timeRun(page, selector);
    first.push(timing.firstOutputMs);
    done.push(timing.doneMs);
  }
  return { runs, medianRunToFirstOutputMs: median(first), medianRunToDoneMs: median(done) };
}

async function main(): Promise<void> {
  await run("npm", ["run", "build"]);
  const stop = await serve();
  const browser = await launch();
  try {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      try {
        localStorage.setItem("async-tour:v1:runtime", "worker");
      } catch {
        // The sandboxed runner iframe has no storage.
      }
    });
    const page = await context.newPage();
    const js = recordJs(page);
    await page.goto(`${origin}/en/using-asyncio/`, { waitUntil: "networkidle" });
    const beforeInteraction = { gzipBytes: js.gzipBytes(), files: js.files() };

    await page.evaluate(() => {
      const sample = document.querySelector('[data-example="await-one"]');
      sample?.querySelector<HTMLButtonElement>('[data-action="run"]')?.click();
    });
    await page.waitForSelector('[data-example="await-one"][data-run-state="done"]', { timeout: 30_000 });
    await page.waitForLoadState("networkidle");
    const firstRunFiles = js.files().filter((file) => !beforeInteraction.files.includes(file));
    const byFirstRun = { gzipBytes: js.gzipBytes() - beforeInteraction.gzipBytes, files: firstRunFiles };

    // A trivial program: one line of output, no waiting.
    await page.locator('[data-example="await-one"] [data-editor]').focus();
    await page.locator('[data-example="await-one"] .cm-content').click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.insertText('console.log("hello");\n');
    const trivial = await measureRuns(page, '[data-example="await-one"]');

    await page.goto(`${origin}/en/practice/`, { waitUntil: "networkidle" });
    const solution =
      (await page.locator('[data-exercise="five-at-once"] .exercise-solution pre').textContent()) ?? "";
    await page.locator('[data-exercise="five-at-once"] [data-editor]').focus();
    await page.locator('[data-exercise="five-at-once"] .cm-content').click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.insertText(solution);
    const fiveRequests = await measureRuns(page, '[data-exercise="five-at-once"]');

    // Offline: the WebContainer's hosts are refused, and no runtime preference is stored.
    const offline = await browser.newContext();
    await offline.route(/stackblitz|webcontainer/, (route) => route.abort("namenotresolved"));
    const offlinePage = await offline.newPage();
    await offlinePage.goto(`${origin}/en/using-asyncio/`, { waitUntil: "load" });
    const takeover = await timeRun(offlinePage, '[data-example="await-one"]');
    const notice = await offlinePage.locator("[data-runtime-notice]").textContent();

    const sources = readdirSync(new URL("src/content/examples/", root), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => readFileSync(new URL(`src/content/examples/${entry.name}/main.ts`, root), "utf8"));
    const transpileMs: number[] = [];
    for (let round = 0; round < 20; round += 1) {
      for (const source of sources) {
        const started = performance.now();
        transform(source, { transforms: ["typescript"], disableESTransforms: true });
        transpileMs.push(performance.now() - started);
      }
    }

    const report = {
      date: new Date().toISOString(),
      page: "/en/using-asyncio/",
      runtime: "worker (the in-browser fallback; a WebContainer cannot boot on this machine)",
      jsBeforeInteraction: { ...beforeInteraction, budgetGzipBytes: 30_000 },
      jsLoadedByFirstRun: byFirstRun,
      trivialSample: trivial,
      fiveRequestSample: fiveRequests,
      fallbackTakeoverWhenOffline: {
        runToFirstOutputMs: Math.round(takeover.firstOutputMs),
        runToDoneMs: Math.round(takeover.doneMs),
        notice,
      },
      transpile: { engine: "sucrase (under Node)", samples: sources.length, medianMs: median(transpileMs) },
    };
    mkdirSync(new URL("reports/", root), { recursive: true });
    writeFileSync(new URL("reports/bench.json", root), `${JSON.stringify(report, null, 2)}\n`);
    console.log(JSON.stringify(report, null, 2));
  } finally {
    await browser.close();
    stop();
  }
}

await main();
