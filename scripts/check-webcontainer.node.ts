/**
 * `npm run check:webcontainer [URL]`: the opt-in check of the REAL WebContainer. It needs the
 * network (the API loads its runtime from StackBlitz), so it is never part of `npm test`.
 *
 * It probes the WebContainer's host first and stops at once, in one line, when there is no answer.
 * Then, with no URL, it starts `astro dev` on a free port; it drives a real browser (Debian's
 * Chromium when present, else Playwright's own) to `/runner-check/?runtime=webcontainer`, waits for
 * the page's record, writes it to reports/webcontainer-check.json, prints a summary, and exits 1
 * on any failed verdict. Every wait has a deadline, so it never hangs.
 *
 * For testing this script itself: CHECK_WEBCONTAINER_PROBE_URL and CHECK_WEBCONTAINER_PROBE_MS
 * change the probe, CHECK_WEBCONTAINER_BOOT_MS the boot deadline.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright";
import { failedVerdicts, parseCheckRecord, type CheckRecord } from "../src/runner/check/check-record.ts";
import { probeNetwork, webContainerProbeUrl } from "../src/runner/check/network-probe.ts";
import { formatSeconds } from "../tests/support/format-seconds.ts";
import { freePort } from "../tests/support/serving.node.ts";
import { systemChromium } from "../tests/support/system-chromium.ts";

const root = new URL("../", import.meta.url);
const limits = {
  probeMs: Number(process.env["CHECK_WEBCONTAINER_PROBE_MS"] ?? 8_000),
  serverMs: 120_000,
  bootMs: Number(process.env["CHECK_WEBCONTAINER_BOOT_MS"] ?? 60_000),
  wholeMs: 10 * 60_000,
};
const reportPath = new URL("reports/webcontainer-check.json", root);

/** A failure with a message meant for the terminal, as is. */
class CheckFailed extends Error {}

function runNode(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: "inherit" });
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new CheckFailed(`node ${args.join(" ")} failed`)),
    );
  });
}

/** Starts `astro dev` (Astro's own entry under this Node, so killing it leaves nothing serving). */
async function startDevServer(): Promise<{ origin: string; child: ChildProcess }> {
  await runNode(["scripts/build-runtime.node.ts"]);
  const port = await freePort();
  const astro = fileURLToPath(new URL("node_modules/astro/bin/astro.mjs", root));
  const child = spawn(process.execPath, [astro, "dev", "--port", String(port), "--host", "localhost"], {
    cwd: root,
    stdio: "ignore",
  });
  const origin = `http://localhost:${port}`;
  const until = Date.now() + limits.serverMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new CheckFailed(`astro dev exited with code ${child.exitCode}.`);
    const answered = await fetch(`${origin}/runner-check/`, { signal: AbortSignal.timeout(5_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) return { origin, child };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  child.kill();
  throw new CheckFailed(
    `astro dev did not serve ${origin}/runner-check/ within ${formatSeconds(limits.serverMs, 0)}.`,
  );
}

function launchBrowser(): Promise<Browser> {
  return chromium.launch(systemChromium() ?? {});
}

type PageState = { boot: string; status: string; verdicts: number; record: unknown };

function readPage(page: Page): Promise<PageState> {
  return page.evaluate(() => {
    const status = document.querySelector<HTMLElement>("[data-boot]");
    return {
      boot: status?.dataset["bootState"] ?? "not started",
      status: status?.textContent ?? "",
      verdicts: document.querySelectorAll("[data-passed]").length,
      record: window.__runnerCheckRecord ?? null,
    };
  });
}

/** Waits for the page's record, holding the boot and the whole run to their deadlines. */
async function waitForRecord(page: Page, startedAt: number): Promise<CheckRecord> {
  const loadedAt = Date.now();
  for (;;) {
    const state = await readPage(page);
    if (state.record !== null) return parseCheckRecord(JSON.stringify(state.record));
    const elapsed = Date.now() - startedAt;
    if (state.boot !== "booted" && Date.now() - loadedAt > limits.bootMs)
      throw new CheckFailed(
        `The WebContainer did not boot within ${formatSeconds(limits.bootMs, 0)}. The page said: ${state.status}`,
      );
    if (elapsed > limits.wholeMs)
      throw new CheckFailed(
        `The check did not finish within ${limits.wholeMs / 60_000} min (${state.verdicts} verdicts so far).`,
      );
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function writeRecord(record: CheckRecord): void {
  mkdirSync(new URL("./", reportPath), { recursive: true });
  writeFileSync(reportPath, `${JSON.stringify(record, null, 1)}\n`);
}

async function failedRecord(page: Page, reason: string): Promise<CheckRecord> {
  return {
    source: "npm run check:webcontainer (the page published no record)",
    runtime: "webcontainer",
    url: page.url(),
    userAgent: await page.evaluate(() => navigator.userAgent),
    startedAt: new Date().toISOString(),
    bootMs: 0,
    nodeVersion: null,
    bootError: reason,
    errors: [],
    cases: [],
    samples: [],
    otherProcesses: [],
    serverReadyPorts: [],
  };
}

function summarise(record: CheckRecord): string {
  const count = (verdicts: CheckRecord["cases"]) =>
    `${verdicts.filter((verdict) => verdict.passed).length}/${verdicts.length} passed`;
  const lines = [
    `WebContainer at ${record.url}`,
    `  browser: ${record.userAgent}`,
    record.bootError === null
      ? `  booted in ${record.bootMs} ms; node --version in the container: ${record.nodeVersion ?? "?"}`
      : `  did not boot: ${record.bootError}`,
    `  contract: ${count(record.cases)}; samples: ${count(record.samples)}`,
    ...record.errors.map((error) => `  container error: ${error}`),
    ...failedVerdicts(record).map(
      (verdict) => `  FAILED ${verdict.name}: ${verdict.problems.join(" | ").slice(0, 300)}`,
    ),
    `  record: ${fileURLToPath(reportPath)}`,
  ];
  return lines.join("\n");
}

async function main(): Promise<number> {
  const given = process.argv[2];
  const probeUrl = process.env["CHECK_WEBCONTAINER_PROBE_URL"] ?? webContainerProbeUrl;
  const probe = await probeNetwork(probeUrl, limits.probeMs);
  if (!probe.reachable) throw new CheckFailed(probe.message);

  const startedAt = Date.now();
  const server = given === undefined ? await startDevServer() : undefined;
  let browser: Browser | undefined;
  try {
    const origin = given === undefined ? (server?.origin ?? "") : new URL(given).origin;
    browser = await launchBrowser();
    const page = await browser.newPage();
    // The page's own errors explain a record that never comes; they are printed on failure.
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    const checkUrl = `${origin}/runner-check/?runtime=webcontainer&lang=en`;
    await page.goto(checkUrl, { timeout: limits.serverMs }).catch((error: unknown) => {
      const reason = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
      throw new CheckFailed(`Could not open ${checkUrl}: ${reason}`);
    });
    process.on("exit", () => {
      if (process.exitCode !== 0 && pageErrors.length > 0)
        console.error(`Errors in the page:\n  ${pageErrors.slice(-5).join("\n  ")}`);
    });
    const record = await waitForRecord(page, startedAt).catch(async (error: unknown) => {
      // The page published nothing: keep a record of the failure all the same.
      const reason = error instanceof Error ? error.message : String(error);
      writeRecord(await failedRecord(page, reason));
      throw error;
    });
    writeRecord(record);
    console.log(summarise(record));
    return record.bootError === null && failedVerdicts(record).length === 0 ? 0 : 1;
  } finally {
    await browser?.close();
    server?.child.kill();
  }
}

// The last guard: whatever is stuck, the process ends a little after the whole run's deadline.
const guard = setTimeout(() => {
  console.error(`check:webcontainer: stopped after ${limits.wholeMs / 60_000} min; something did not end.`);
  process.exit(2);
}, limits.wholeMs + 60_000);

try {
  process.exitCode = await main();
} catch (error) {
  console.error(error instanceof CheckFailed ? error.message : error);
  process.exitCode = 1;
} finally {
  clearTimeout(guard);
}
