/**
 * Bad input in Firefox, as tests/e2e/runner-bad-input.spec.ts does in Chromium: an uncaught
 * exception shows its message with frames in main.ts (Firefox's stacks have another form than
 * V8's), an unhandled rejection is reported, and the watchdog ends a run past the time limit.
 * (A syntax error, Stop on an endless loop and a flood of output are in runner.spec.ts.)
 * Run with `npm run test:firefox`; without Firefox the suite is skipped, except in CI.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { storageKeys } from "../../src/learner/storage-keys.ts";
import { describeInFirefox } from "./firefox-suite.node.ts";
import { insertCode, runAndWait, sampleSelector } from "./sample-steps.node.ts";

await describeInFirefox("bad input, in Firefox", ({ onFreshPage }) => {
  // The WebContainer never boots on the suite's offline network: runs use the built-in runtime.
  const path = "/en/using-asyncio/";

  void test(
    "an uncaught exception and an unhandled rejection are reported in main.ts",
    { timeout: 60_000 },
    () =>
      onFreshPage(path, async (page) => {
        // A type annotation before the throw on the same line: stripping it shifts the JavaScript's
        // columns, and the stack must still name the column in the TypeScript.
        const throwing = "  const message: string = reason; throw new Error(message);";
        await insertCode(
          page,
          "await-one",
          `function explode(reason: string): never {\n${throwing}\n}\nexplode("boom");\n`,
        );
        const thrown = await runAndWait(page, "await-one");
        assert.equal(thrown.state, "error", thrown.lines.join("\n"));
        const text = thrown.lines.join("\n");
        assert.match(text, /Error: boom/);
        assert.ok(text.includes(`at explode (main.ts:2:${throwing.indexOf("new Error") + 1})`), text);
        // The call's column is the engine's own: V8 names the callee (1), SpiderMonkey its "(" (8).
        assert.match(text, /\bat main\.ts:4:\d+$/m);

        // Another sample of the same page, so its run starts from idle.
        await insertCode(page, "await-noop", 'await Promise.reject(new TypeError("no such thing"));\n');
        const rejected = await runAndWait(page, "await-noop");
        assert.equal(rejected.state, "error", rejected.lines.join("\n"));
        assert.match(rejected.lines.join("\n"), /TypeError: no such thing/);
      }),
  );

  void test("the watchdog ends a run that passes the time limit, and says so", { timeout: 60_000 }, () =>
    onFreshPage(
      path,
      async (page) => {
        await insertCode(page, "await-one", "while (true) {}\n");
        const { state } = await runAndWait(page, "await-one", 15_000);
        assert.equal(state, "stopped");
        const status = await page.$eval(
          `${sampleSelector("await-one")} [data-exit-status]`,
          (line) => line.textContent,
        );
        assert.match(status, /time limit/);
      },
      // The limit is 30 s; a learner (and this test) can shorten it. Stored before the page loads.
      { storage: { [storageKeys.timeLimitMs]: "2000" } },
    ),
  );
});
