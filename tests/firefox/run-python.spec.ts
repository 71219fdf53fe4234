/**
 * Python in the page, in Firefox: on one chapter page, Python boots on a sample's Run Python and
 * runs that sample's own Python (an aiohttp request to the practice server) against its expected
 * Python output; then every way out of the page it can try, each blocked; a traceback that starts
 * at main.py; Stop ending `while True: pass` with the next run working; and a memory bomb ending
 * with MemoryError and word of the memory limit, the next run working. Every sample's Python
 * is run under Node in npm test, here in python-every-sample.spec.ts with E2E_FULL=1. One page keeps the cost to one boot (and the reboots Stop
 * and the bomb make), since a boot is the slow part.
 * Run with `npm run test:firefox`; without Firefox the suite is skipped, except in CI.
 */
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, test } from "node:test";
import { runnerText } from "../../src/i18n/runner-text.ts";
import { readSample } from "../../src/samples/sample-files.node.ts";
import { blockedEverywhere, pythonPhoneHome, pythonWaysOut } from "../fixtures/hostile-python.ts";
import { assertSampleOutput } from "../support/sample-output.ts";
import { describeInFirefox } from "./firefox-suite.node.ts";
import {
  insertCode,
  outputNotes,
  pressAndWaitForEnd,
  sampleSelector,
  waitForRunState,
} from "./sample-steps.node.ts";

// The first Run downloads about 14 MB and boots Pyodide: tens of seconds on a shared 2-core machine.
const bootMs = 120_000;
/** The sample whose Python editor every program here runs in. */
const host = "get-json";

/**
 * The ways out tried here: all but a nested worker's, since Firefox now and then leaves a realm
 * that starts workers of its own silent (see sandbox-hostile.spec.ts), and the page's Python would
 * wait ten seconds for each. Chromium's twin (tests/e2e/sandbox-hostile.spec.ts) tries them all.
 */
const waysTried = pythonWaysOut.filter((way) => !way.startsWith("nested worker"));

await describeInFirefox("Python in the page, in Firefox", ({ onFreshPage }) => {
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

  void test(
    "one boot runs a sample's Python; a traceback starts at main.py; Stop ends a loop; a bomb meets the limit",
    { timeout: 6 * bootMs },
    () =>
      onFreshPage("/en/http-requests/", async (page) => {
        const runPython = (timeout = 30_000) => pressAndWaitForEnd(page, host, "run-python", timeout);

        // The first Run boots Python; the sample's own code asks the practice server for three posts.
        const first = await runPython(bootMs);
        assert.equal(first.state, "done", first.lines.join("\n"));
        const expected = readSample(host);
        assertSampleOutput(host, expected.expectedPython ?? expected.expected, first.lines);

        // No way out, to a watched server or to StackBlitz, which the page itself may reach. Firefox
        // sends StackBlitz to a black hole: a request that got out would hang, and print "no answer".
        const origins = [
          `http://127.0.0.1:${(watched?.address() as AddressInfo).port}`,
          "https://stackblitz.com",
        ];
        await insertCode(page, host, pythonPhoneHome(origins, waysTried), "py");
        const phoned = await runPython();
        assert.deepEqual(phoned.lines, blockedEverywhere(origins, waysTried));
        assert.deepEqual(hits, []);

        await insertCode(page, host, "def fail():\n    raise ValueError('boom')\n\n\nfail()\n", "py");
        const failed = await runPython();
        assert.equal(failed.state, "error", failed.lines.join("\n"));
        // The runtime's own frames are dropped: the traceback starts where the learner's code does.
        assert.deepEqual(failed.lines, [
          "Traceback (most recent call last):",
          '  File "main.py", line 5, in <module>',
          "    fail()",
          "    ~~~~^^",
          '  File "main.py", line 2, in fail',
          "    raise ValueError('boom')",
          "ValueError: boom",
        ]);

        await insertCode(page, host, "print('looping')\nwhile True:\n    pass\n", "py");
        const sample = sampleSelector(host);
        await page.click(`${sample} [data-action="run-python"]`);
        await page.waitForFunction(
          (selector) =>
            [...document.querySelectorAll(selector)].some((line) => line.textContent === "looping"),
          { timeout: 30_000 },
          `${sample} [role=log] .run-text`,
        );
        await page.click(`${sample} [data-action="stop"]`);
        await waitForRunState(page, host, "stopped", 10_000);

        // Stop ended the worker; the next run waits for a fresh one to boot.
        await insertCode(page, host, "print('after the stop')\n", "py");
        const after = await runPython(bootMs);
        assert.deepEqual(after, { state: "done", lines: ["after the stop"] });

        // A memory bomb meets Python's memory limit: MemoryError, word of the limit, and a fresh
        // Python for the next run (tests/e2e/python-hostile.spec.ts holds the rest in Chromium).
        await insertCode(
          page,
          host,
          "data = []\nwhile True:\n    data.append(bytearray(50_000_000))\n",
          "py",
        );
        const bomb = await runPython(60_000);
        assert.equal(bomb.state, "error", bomb.lines.join("\n"));
        assert.equal(bomb.lines.at(-1), "MemoryError");
        assert.deepEqual(await outputNotes(page, host), [runnerText("en")("pythonMemoryLimit")]);
        await insertCode(page, host, "print('after the bomb')\n", "py");
        const afterBomb = await runPython(bootMs);
        assert.deepEqual(afterBomb, { state: "done", lines: ["after the bomb"] });
      }),
  );
});
