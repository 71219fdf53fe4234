/**
 * A program that allocates without bound, in Firefox (issue 18, item 5), as
 * tests/e2e/sandbox-out-of-memory.spec.ts does in Chromium. Firefox is started with a 200 MB
 * JavaScript heap (`javascript.options.mem.max`, in MB), so the program's worker runs out of
 * memory within seconds. Firefox then stops that worker without a word; the run must still end
 * with word of memory, not blame a loop alone, and the next Run must work without a reload.
 * Run with `npm run test:firefox`; without Firefox the suite is skipped, except in CI.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { storageKeys } from "../../src/learner/storage-keys.ts";
import { outOfMemory } from "../fixtures/hostile-programs.ts";
import { describeInFirefox } from "./firefox-suite.node.ts";
import {
  insertCode,
  outputLines,
  outputNotes,
  runAndWait,
  sampleSelector,
  waitForRunState,
  reloadPage,
} from "./sample-steps.node.ts";

const id = "await-one";
const sample = sampleSelector(id);

await describeInFirefox(
  "a program that runs out of memory, in Firefox",
  ({ onFreshPage }) => {
    void test("ends with word of memory, and the next run works", { timeout: 120_000 }, () =>
      onFreshPage("/en/using-asyncio/", async (page) => {
        // Well past the seconds a 200 MB heap takes to fill, and short enough for a test.
        await page.evaluate((key) => localStorage.setItem(key, "20000"), storageKeys.timeLimitMs);
        await reloadPage(page);
        // The WebContainer never boots on this offline network: runs use the built-in runtime.
        await insertCode(page, id, outOfMemory);
        const { state, lines } = await runAndWait(page, id, 60_000);
        assert.equal(state, "stopped", lines.join("\n"));
        assert.match((await outputNotes(page, id)).join("\n"), /out of memory/);
        const exit = await page.$eval(`${sample} [data-exit-status]`, (element) => element.textContent);
        assert.match(exit, /out of memory/);
        assert.doesNotMatch(exit, /Look for a loop that never ends/);

        await insertCode(page, id, 'console.log("next");\n');
        await page.click(`${sample} [data-action="run"]`);
        await waitForRunState(page, id, "done", 20_000);
        assert.deepEqual(await outputLines(page, id), ["next"]);
      }),
    );
  },
  { "javascript.options.mem.max": 200 },
);
