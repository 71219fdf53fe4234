/**
 * A program that allocates without bound (issue 18, item 5). The browser starts with a small
 * JavaScript heap, so the program runs out of memory within seconds rather than after gigabytes.
 * In Chromium that ends the sandbox frame's process; Playwright then counts the page as crashed
 * (it does so for any frame of it) and refuses to touch it, so from there on the page, which
 * lives on, is read and driven over its own DevTools session.
 */
import { expect, test, type CDPSession } from "@playwright/test";
import { storageKeys } from "../../src/learner/storage-keys.ts";
import { outOfMemory } from "../fixtures/hostile-programs.ts";
import { systemChromium } from "../support/system-chromium.ts";
import { replaceCode, useWorkerRuntime } from "./runner-helpers.ts";

test.use({
  launchOptions: [
    async ({ launchOptions }, use) => {
      // The browser a reader has, not the headless shell the other specs use: what a process that
      // runs out of memory takes with it is the browser's process model, and in the shell the run
      // was still going 40 s later, past its 20 s limit.
      const browser = systemChromium() ?? launchOptions;
      await use({
        ...browser,
        args: [...(browser.args ?? []), "--js-flags=--max-old-space-size=128"],
      });
    },
    { scope: "worker" },
  ],
});

const sampleSelector = '[data-sample="await-one"]';

/** Evaluates `expression` in the page's main frame and returns its value. */
async function evaluate<Value>(session: CDPSession, expression: string): Promise<Value> {
  const { result, exceptionDetails } = await session.send("Runtime.evaluate", {
    expression,
    returnByValue: true,
    awaitPromise: true,
  });
  if (exceptionDetails !== undefined) throw new Error(exceptionDetails.text);
  return result.value as Value;
}

/** The sample's run state, exit line and output as the learner sees them. */
function readSample(session: CDPSession) {
  return evaluate<{ state: string; exit: string; text: string; lines: string[] }>(
    session,
    `(() => {
      const sample = document.querySelector(${JSON.stringify(sampleSelector)});
      return {
        state: sample.dataset.runState,
        exit: sample.querySelector("[data-exit-status]")?.textContent ?? "",
        text: sample.querySelector(".run-output")?.textContent ?? "",
        lines: [...sample.querySelectorAll("[role=log] .run-text")].map((line) => line.textContent),
      };
    })()`,
  );
}

test("an out-of-memory program ends with word of memory, and the next run works", async ({ page }) => {
  test.setTimeout(90_000);
  await useWorkerRuntime(page);
  // Well past the seconds a 128 MB heap takes to fill, and short enough for a test.
  await page.addInitScript((key) => {
    try {
      localStorage.setItem(key, "20000");
    } catch {
      // The sandboxed runner iframe has no storage; only the page needs the setting.
    }
  }, storageKeys.timeLimitMs);
  await page.goto("/en/using-asyncio/");
  const session = await page.context().newCDPSession(page);
  const sample = page.locator(sampleSelector);
  await replaceCode(page, sample, outOfMemory);
  await sample.locator('[data-action="run"]').click();
  await expect
    .poll(async () => (await readSample(session)).state, { timeout: 40_000 })
    .not.toMatch(/idle|running/);
  const ended = await readSample(session);
  // Either the sandbox's process died (Chromium) or the program's thread went silent (Firefox's
  // way, and Chromium's at times): both say memory may be why, and neither blames a loop alone.
  expect(ended.text).toMatch(/out of memory/);
  expect(ended.exit).not.toContain("Look for a loop that never ends");

  await evaluate(
    session,
    `(() => {
      const sample = document.querySelector(${JSON.stringify(sampleSelector)});
      sample.querySelector("[data-editor=ts] .cm-content").focus();
      document.execCommand("selectAll");
      document.execCommand("insertText", false, 'console.log("next");\\n');
      sample.querySelector('[data-action="run"]').click();
    })()`,
  );
  // Until the new run has printed and ended: the sample shows the last run's state until then.
  await expect
    .poll(() => readSample(session), { timeout: 20_000 })
    .toMatchObject({ state: "done", lines: ["next"] });
  const next = await readSample(session);
  expect(next.exit).toContain("Exited with code 0");
});
