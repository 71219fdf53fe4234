/**
 * The sandbox against hostile programs in Firefox, as tests/e2e/sandbox-hostile.spec.ts does in
 * Chromium: no forged exit through a patched postMessage, no port taken from the realm's own
 * messages, Stop alive and times finite after the clock is replaced, a never-settling await ended
 * quickly, orders from other windows ignored, no network, a run stopped by another sample's Run
 * saying which, a program that stops answering (a loop, or memory run out) told apart from one
 * that waits, and a sandbox that dies under a run replaced.
 * Run with `npm run test:firefox`; without Firefox the suite is skipped, except in CI.
 */
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, test, type TestContext } from "node:test";
import type { Page } from "puppeteer-core";
import {
  busyLoop,
  forgeThroughPortPatch,
  forgeThroughRealmPort,
  infiniteClockFinishing,
  infiniteClockTicking,
  neverSettlingAwait,
  phoneHome,
  shortWait,
  waysOut,
} from "../fixtures/hostile-programs.ts";
import { describeInFirefox } from "./firefox-suite.node.ts";
import {
  insertCode,
  outputLines,
  outputNotes,
  runAndWait,
  runReport,
  sampleSelector,
  waitForRunState,
} from "./sample-steps.node.ts";
import { runBounds } from "../../src/runner/run-limits.ts";

const id = "await-one";
const sample = sampleSelector(id);

/** Puts `code` in the sample's editor at once. */
function putCode(page: Page, code: string): Promise<void> {
  return insertCode(page, id, code);
}

function exitStatus(page: Page): Promise<string> {
  return page.$eval(`${sample} [data-exit-status]`, (element) => element.textContent);
}

/** Waits for an output line; if none comes, says what the sample did instead. */
async function waitForLine(page: Page, text: string): Promise<void> {
  try {
    await page.waitForFunction(
      (selector, wanted) =>
        [...document.querySelectorAll(selector)].some((line) => line.textContent === wanted),
      { timeout: 30_000 },
      `${sample} [role=log] .run-text`,
      text,
    );
  } catch (error) {
    throw new Error(`No line "${text}": ${await runReport(page, id)}`, { cause: error });
  }
}

await describeInFirefox("the sandbox against hostile programs, in Firefox", (suite) => {
  let watched: Server | undefined;
  const hits: string[] = [];

  before(async () => {
    watched = createServer((request, response) => {
      hits.push(request.url ?? "");
      response.writeHead(200, { "Access-Control-Allow-Origin": "*", "Content-Type": "text/javascript" });
      response.end("export {};\n");
    });
    watched.on("upgrade", (request, socket) => {
      hits.push(request.url ?? "");
      socket.destroy();
    });
    await new Promise<void>((resolve) => watched?.listen(0, "127.0.0.1", resolve));
  });

  after(() => new Promise((resolve) => watched?.close(resolve)));

  /**
   * A fresh context on the using-asyncio chapter. The WebContainer never boots on this offline
   * network: runs use the built-in runtime.
   */
  const onFreshPage = (steps: (page: Page) => Promise<void>) =>
    suite.onFreshPage("/en/using-asyncio/", steps);

  void test("a patched postMessage cannot forge a clean exit", { timeout: 90_000 }, () =>
    onFreshPage(async (page) => {
      await putCode(page, forgeThroughPortPatch);
      const { state, lines } = await runAndWait(page, id);
      assert.equal(state, "error", lines.join("\n"));
      assert.equal(lines[0], "real line");
      assert.match(lines.join("\n"), /the real failure/);
      assert.ok(!lines.includes("forged line"), lines.join("\n"));
      assert.match(await exitStatus(page), /Exited with code 1\b/);
    }),
  );

  void test("the program cannot take its realm's port to forge an exit", { timeout: 90_000 }, () =>
    onFreshPage(async (page) => {
      await putCode(page, forgeThroughRealmPort);
      const { state, lines } = await runAndWait(page, id);
      assert.equal(state, "error", lines.join("\n"));
      assert.equal(lines[0], "no port");
      assert.match(lines.join("\n"), /thrown after the forgery/);
      assert.match(await exitStatus(page), /Exited with code 1\b/);
      // The real request's row alone: the forged one never reached the page.
      const rows = await page.$$eval(`${sample} [data-timeline-row]`, (found) =>
        found.map((row) => [
          row.querySelector(".timeline-label")?.textContent,
          row.getAttribute("data-outcome"),
        ]),
      );
      assert.deepEqual(rows, [["GET /delay/10", "ok"]]);
    }),
  );

  void test("Stop works after performance.now is replaced", { timeout: 90_000 }, () =>
    onFreshPage(async (page) => {
      await putCode(page, infiniteClockTicking);
      await page.click(`${sample} [data-action="run"]`);
      await waitForLine(page, "tick");
      await page.click(`${sample} [data-action="stop"]`);
      await waitForRunState(page, id, "stopped", 10_000);
    }),
  );

  void test(
    "a program that replaces performance.now ends normally, with finite times",
    { timeout: 90_000 },
    () =>
      onFreshPage(async (page) => {
        await putCode(page, infiniteClockFinishing);
        const { state, lines } = await runAndWait(page, id, 25_000);
        assert.equal(state, "done", lines.join("\n"));
        assert.deepEqual(lines, ["done"]);
        const status = await exitStatus(page);
        assert.match(status, /Exited with code 0\b/);
        assert.doesNotMatch(status, /Infinity/);
        const timeline = await page.$eval(`${sample} [data-timeline]`, (chart) => chart.textContent);
        assert.doesNotMatch(timeline, /Infinity/);
      }),
  );

  void test("a never-settling top-level await ends within seconds", { timeout: 90_000 }, () =>
    onFreshPage(async (page) => {
      await putCode(page, neverSettlingAwait);
      // The wait covers a fresh page's start on a loaded machine; the run's own time is the claim.
      const { lines } = await runAndWait(page, id, 25_000);
      assert.equal(lines[0], "before");
      assert.match(lines.join("\n"), /nothing will ever settle/);
      const status = await exitStatus(page);
      assert.match(status, /Exited with code 13\b/);
      const seconds = Number(/^\+(\d+\.\d+)s/.exec(status)?.[1]);
      assert.ok(seconds < 15, `ended after ${seconds} s, not within seconds: ${status}`);
    }),
  );

  void test("orders from another window are ignored", { timeout: 90_000 }, () =>
    onFreshPage(async (page) => {
      await putCode(page, shortWait);
      await page.click(`${sample} [data-action="run"]`);
      await page.waitForSelector("iframe[sandbox]");
      await page.evaluate(() => {
        const frame = document.querySelector<HTMLIFrameElement>("iframe[sandbox]");
        // Any window can post to the iframe (a page that frames ours, an opener): none is obeyed.
        frame?.contentWindow?.postMessage({ type: "stop" }, "*");
        const run = { type: "run", runId: 1, code: 'console.log("from outside")', maxLines: 9 };
        frame?.contentWindow?.postMessage(run, "*");
      });
      await page.waitForSelector(
        `${sample}:is([data-run-state="done"], [data-run-state="error"], [data-run-state="stopped"])`,
        {
          timeout: 15_000,
        },
      );
      assert.deepEqual(await outputLines(page, id), ["finished on its own"]);
      assert.match(await exitStatus(page), /Exited with code 0\b/);
    }),
  );

  /**
   * Runs `phoneHome(base)` and gives back its lines. Firefox now and then leaves a realm that starts
   * workers of its own silent after a few of them (about 1 run in 16 here, trivial workers too), so
   * the run ends at the time limit with some ways untried. Such a run, every line so far "blocked",
   * is tried once more on a fresh page and said as flaky; a way that got out fails at once. The wait
   * outlasts the page's time limit (30 s), or a silent realm would fail the wait before it is retried.
   */
  const tryEveryWayOut = async (context: TestContext, base: string): Promise<string[]> => {
    for (let attempt = 1; ; attempt += 1) {
      let lines: string[] = [];
      await onFreshPage(async (page) => {
        await putCode(page, phoneHome(base));
        ({ lines } = await runAndWait(page, id, runBounds.defaultTimeLimitMs + 15_000));
      });
      const stalled = lines.length < waysOut.length && lines.every((line) => line.endsWith(": blocked"));
      if (!stalled || attempt === 2) return lines;
      context.diagnostic(`flaky: the realm went silent after ${lines.length} ways out (Firefox); once more`);
    }
  };

  void test("learner code has no network", { timeout: 150_000 }, async (context) => {
    const port = (watched?.address() as AddressInfo).port;
    hits.length = 0;
    const lines = await tryEveryWayOut(context, `http://127.0.0.1:${port}`);
    assert.deepEqual(
      lines,
      waysOut.map((way) => `${way}: blocked`),
    );
    assert.deepEqual(hits, []);
  });

  void test(
    "learner code cannot reach StackBlitz, which the page itself may",
    { timeout: 150_000 },
    async (context) => {
      // The site's own policy lets the WebContainer reach StackBlitz; the sandbox's must not. On the
      // offline network a request that got out would hang, and the lines would not all be "blocked".
      const lines = await tryEveryWayOut(context, "https://stackblitz.com");
      assert.deepEqual(
        lines,
        waysOut.map((way) => `${way}: blocked`),
      );
    },
  );

  void test("a program stuck in a loop is said to have stopped answering", { timeout: 90_000 }, () =>
    onFreshPage(async (page) => {
      await putCode(page, busyLoop);
      await page.click(`${sample} [data-action="run"]`);
      await page.waitForFunction(
        (selector) =>
          [...document.querySelectorAll(selector)].some((note) =>
            note.textContent.includes("has not answered for a few seconds"),
          ),
        { timeout: 15_000 },
        `${sample} [role=log] .run-note`,
      );
      assert.match((await outputNotes(page, id)).join("\n"), /ran out of memory/);
      await page.click(`${sample} [data-action="stop"]`);
      await waitForRunState(page, id, "stopped", 10_000);
    }),
  );

  void test("a program that waits on a timer for seconds is not said to be silent", { timeout: 90_000 }, () =>
    onFreshPage(async (page) => {
      await putCode(page, 'await new Promise((done) => setTimeout(done, 4_000));\nconsole.log("waited");\n');
      const { lines } = await runAndWait(page, id, 20_000);
      assert.deepEqual(lines, ["waited"]);
      const notes = (await outputNotes(page, id)).join("\n");
      assert.doesNotMatch(notes, /has not answered/);
    }),
  );

  void test("a run stopped by another sample's Run names that sample", { timeout: 90_000 }, () =>
    onFreshPage(async (page) => {
      await putCode(page, 'console.log("waiting");\nawait new Promise((r) => setTimeout(r, 20_000));\n');
      await page.click(`${sample} [data-action="run"]`);
      await waitForLine(page, "waiting");
      await page.click(`${sampleSelector("two-tasks")} [data-action="run"]`);
      await waitForRunState(page, id, "stopped", 10_000);
      const status = await page.$eval(`${sample} [data-run-status]`, (element) => element.textContent);
      assert.match(status, /^Stopped after \d+\.\d+ s: “Two tasks side by side” started a run\.$/);
      await waitForRunState(page, "two-tasks", "done", 30_000);
    }),
  );

  void test(
    "a sandbox that dies under a run is noticed and replaced, and the next run works",
    { timeout: 90_000 },
    () =>
      onFreshPage(async (page) => {
        await putCode(
          page,
          'console.log("waiting");\nawait new Promise((resolve) => setTimeout(resolve, 60_000));\n',
        );
        await page.click(`${sample} [data-action="run"]`);
        await waitForLine(page, "waiting");
        // A real out-of-memory takes gigabytes; a sandbox whose document is gone answers no ping
        // either, as a dead process does.
        await page.evaluate(() => document.querySelector("iframe[sandbox]")?.remove());
        await waitForRunState(page, id, "error", 10_000);
        assert.match(await exitStatus(page), /Exited with code 134\b/);
        // It cannot know why the process went: memory is named as a likely cause, not as the cause.
        const said = await page.$eval(sample, (root) => root.textContent);
        assert.match(said, /stopped unexpectedly, perhaps because the program ran out of memory/);
        await putCode(page, 'console.log("next");\n');
        await page.click(`${sample} [data-action="run"]`);
        // From "error", so only the new run's end can be "done".
        await waitForRunState(page, id, "done", 15_000);
        assert.deepEqual(await outputLines(page, id), ["next"]);
        assert.match(await exitStatus(page), /Exited with code 0\b/);
      }),
  );
});
