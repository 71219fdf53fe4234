/**
 * The runner in a second engine: Firefox (ESR on Debian), driven by puppeteer-core over WebDriver
 * BiDi, since Playwright's own Firefox channel cannot drive it. One language's chapters, every
 * sample against its expected output (a Node-only sample against the notice that replaces it), then the learner's paths that differ most between engines:
 * typing in the editor, a syntax error's position, Stop on an endless loop, and a share link.
 *
 * The browser meets the network a learner meets offline: every outside host takes the connection
 * and never answers (see offline-network.node.ts), so the WebContainer never boots, as on a
 * school network that drops StackBlitz, and nothing depends on this machine's own network.
 * Nothing is stored in advance either: each test starts in a fresh browser context, a first visit.
 *
 * Run with `npm run test:firefox`. Without Firefox the suite is skipped with a one-line reason,
 * except in CI, where that is a failure.
 */
import assert from "node:assert/strict";
import { describe, test, type TestContext } from "node:test";
import { runnerText } from "../../src/i18n/runner-text.ts";
import { readSample } from "../../src/samples/sample-files.node.ts";
import { assertSampleOutput } from "../support/sample-output.ts";
import { chapterSlugs } from "../e2e/site-pages.ts";
import { describeInFirefox } from "./firefox-suite.node.ts";
import {
  editorText,
  outputLines,
  outputNotes,
  runAndWait,
  sampleAttribute,
  sampleIds,
  sampleSelector,
  typeCode,
  waitForRunState,
} from "./sample-steps.node.ts";

const isCi = process.env["CI"] !== undefined;
const language = "en";
// The cheat sheet and the run-it-yourself page have no samples.
const chapters = chapterSlugs.filter((slug) => slug !== "cheat-sheet" && slug !== "run-python");
const text = runnerText(language);

/** Fails with the mismatching lines when a sample's output is not its expected output. */
function assertExpectedOutput(id: string, lines: string[]): void {
  assertSampleOutput(id, readSample(id).expected, lines);
}

/**
 * Declares a test of the suite. In CI a failed test runs once more, as the Playwright specs do
 * there: on a busy 2-core machine a scheduling hiccup can push a timed line past its tolerance.
 * The retry is reported with the first failure's message, so a flaky test is still seen.
 */
function browserTest(name: string, timeoutMs: number, body: (context: TestContext) => Promise<void>): void {
  const attempts = isCi ? 2 : 1;
  void test(name, { timeout: timeoutMs * attempts }, async (context) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await body(context);
        return;
      } catch (error) {
        if (attempt >= attempts) throw error;
        const message = error instanceof Error ? error.message : String(error);
        context.diagnostic(`flaky: failed once, running again (${message.split("\n")[0] ?? ""})`);
      }
    }
  });
}

/** A pattern for one of the runner's messages, with its placeholders standing for any text. */
function messagePattern(message: string): RegExp {
  const parts = message.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(parts.join(".+"));
}

await describeInFirefox(`the runner in Firefox (${language})`, ({ network, onFreshPage }) => {
  browserTest("the WebContainer's host is asked and never answers, and the run still happens", 60_000, () =>
    onFreshPage(`/${language}/using-asyncio/`, async (page) => {
      // Isolated, so the WebContainer is really tried (not passed over for want of isolation).
      assert.equal(await page.evaluate(() => globalThis.crossOriginIsolated), true);
      const { state, lines } = await runAndWait(page, "await-one");
      assert.equal(state, "done", lines.join("\n"));
      assertExpectedOutput("await-one", lines);
      // The boot did reach for StackBlitz, and the black hole held the connection.
      await network.hostAttempted("stackblitz.com", 30_000);
    }),
  );

  // Three chapters at a time, each on a page of its own: the samples mostly wait on their timers
  // (the Firefox stage kept about half a core busy with two), and their margins hold at that load.
  void describe("every chapter's samples", { concurrency: 3 }, () => {
    for (const chapter of chapters) {
      browserTest(`${chapter}: every sample runs and prints its expected output`, 180_000, (context) =>
        onFreshPage(`/${language}/${chapter}/`, async (page) => {
          const ids = await sampleIds(page);
          assert.ok(ids.length > 0, `/${language}/${chapter}/ shows no samples.`);
          context.diagnostic(`${ids.length} samples`);
          for (const id of ids) {
            const { state, lines } = await runAndWait(page, id);
            assert.equal(state, "done", `${id} did not finish cleanly:\n${lines.join("\n")}`);
            if (readSample(id).meta.nodeOnly === true) {
              // The built-in runtime cannot load node:net and the like: it says so and runs nothing.
              assert.deepEqual(await outputNotes(page, id), [text("nodeOnly")], `${id} is Node-only`);
              assert.deepEqual(lines, [], `${id} is Node-only: the built-in runtime runs nothing`);
            } else assertExpectedOutput(id, lines);
          }
        }),
      );
    }
  });

  browserTest("an edited sample, typed into the editor, runs the edit", 60_000, () =>
    onFreshPage(`/${language}/using-asyncio/`, async (page) => {
      const code = "const answer: number = 6 * 7;\nconsole.log(`typed in Firefox: ${answer}`);";
      await typeCode(page, "await-one", code);
      assert.equal(await editorText(page, "await-one"), code);
      assert.equal(await sampleAttribute(page, "await-one", "data-edited"), "true");
      const { state, lines } = await runAndWait(page, "await-one");
      assert.equal(state, "done", lines.join("\n"));
      assert.deepEqual(lines, ["typed in Firefox: 42"]);
    }),
  );

  browserTest("a syntax error names its line and column in main.ts, and nothing runs", 60_000, () =>
    onFreshPage(`/${language}/using-asyncio/`, async (page) => {
      await typeCode(page, "await-one", 'console.log("fine");\nconst broken = ;');
      const { state, lines } = await runAndWait(page, "await-one");
      assert.equal(state, "error");
      assert.equal(lines.length, 1, lines.join("\n"));
      // The `;` after `=` is where the parser gives up: line 2, column 16.
      assert.match(lines[0] ?? "", /^SyntaxError: .*\(main\.ts:2:16\)$/);
    }),
  );

  browserTest(
    "Stop ends an endless loop, the sample says it stopped, and the page still runs code",
    90_000,
    () =>
      onFreshPage(`/${language}/using-asyncio/`, async (page) => {
        await typeCode(page, "await-one", 'console.log("looping");\nwhile (true) {}');
        await page.click(`${sampleSelector("await-one")} [data-action="run"]`);
        // The first line is out, so the program itself (not the runtime's start) is running.
        await page.waitForFunction(
          (selector) =>
            [...document.querySelectorAll(selector)].some((line) => line.textContent === "looping"),
          { timeout: 30_000 },
          `${sampleSelector("await-one")} [role=log] .run-text`,
        );
        await page.click(`${sampleSelector("await-one")} [data-action="stop"]`);
        // Well inside the 30 s time limit, whose watchdog would say "stopped" too, in other words.
        await waitForRunState(page, "await-one", "stopped", 10_000);
        const status = await page.$eval(
          `${sampleSelector("await-one")} [data-exit-status]`,
          (element) => element.textContent,
        );
        assert.match(status, messagePattern(text("stopped")));
        assert.deepEqual(await outputLines(page, "await-one"), ["looping"]);
        assert.equal(await editorText(page, "await-one"), 'console.log("looping");\nwhile (true) {}');
        // The page answers, and another sample still runs to its expected output.
        assert.equal(await page.evaluate(() => 6 * 7), 42);
        const other = (await sampleIds(page)).find((id) => id !== "await-one");
        assert.ok(other !== undefined, "using-asyncio has a second sample");
        const { state, lines } = await runAndWait(page, other);
        assert.equal(state, "done", lines.join("\n"));
        assertExpectedOutput(other, lines);
      }),
  );

  browserTest(
    "a 50 MB line and a flood of lines leave the page answering, and the next run works",
    120_000,
    () =>
      onFreshPage(`/${language}/using-asyncio/`, async (page) => {
        await typeCode(
          page,
          "await-one",
          'console.log("x".repeat(50_000_000));\nfor (let i = 0; i < 500_000; i++) console.log(`line ${i}`);',
        );
        // A heartbeat in the page: its longest gap is the main thread's longest stall.
        await page.evaluate(() => {
          const beat = { last: performance.now(), longest: 0 };
          setInterval(() => {
            const now = performance.now();
            beat.longest = Math.max(beat.longest, now - beat.last);
            beat.last = now;
          }, 10);
          Object.assign(globalThis, { asyncTourBeat: beat });
        });
        const { state, lines } = await runAndWait(page, "await-one", 60_000);
        const stallMs = await page.evaluate(
          () => (globalThis as unknown as { asyncTourBeat: { longest: number } }).asyncTourBeat.longest,
        );
        assert.equal(state, "done", lines.slice(0, 3).join("\n"));
        // Far below the 13 s the page froze for; the bench gives the exact figure.
        assert.ok(stallMs < 3_000, `the page stalled for ${Math.round(stallMs)} ms`);
        assert.equal(lines.length, 5_000);
        assert.match(lines[0] ?? "", /^x{4096}$/);
        const more = await page.$eval(`${sampleSelector("await-one")} .run-more`, (node) => node.textContent);
        assert.match(more, messagePattern(text("moreChars")));
        // The runtime still works: another sample on the page runs to its expected output.
        const next = await runAndWait(page, "two-tasks");
        assert.equal(next.state, "done", next.lines.join("\n"));
        assertExpectedOutput("two-tasks", next.lines);
      }),
  );

  browserTest("a share link opens the shared code for someone else, who can run it", 90_000, async () => {
    let link = "";
    const code = 'console.log("shared from Firefox");';
    await onFreshPage(`/${language}/using-asyncio/`, async (page) => {
      await typeCode(page, "await-one", code);
      await page.click(`${sampleSelector("await-one")} [data-action="share"]`);
      // The link is built asynchronously (the code is compressed), so wait for it.
      const field = await page.waitForFunction(
        (selector) => {
          const input = document.querySelector<HTMLInputElement>(selector);
          return input !== null && input.value.includes("#share=") ? input.value : undefined;
        },
        {},
        `${sampleSelector("await-one")} [data-share-url]`,
      );
      link = String(await field.jsonValue());
    });
    assert.match(link, new RegExp(`/${language}/using-asyncio/#share=await-one~[\\w-]+$`));
    // The visitor has a context, and so storage, of their own.
    await onFreshPage(new URL(link).pathname + new URL(link).hash, async (page) => {
      const sample = sampleSelector("await-one");
      await page.waitForSelector(`${sample} [data-share-banner=shared]`, { visible: true });
      await page.waitForFunction(
        (selector, wanted) => document.querySelector(selector)?.textContent === wanted,
        {},
        `${sample} .cm-content`,
        code,
      );
      // Shown, never run by itself.
      assert.equal(await sampleAttribute(page, "await-one", "data-run-state"), "idle");
      assert.deepEqual(await outputLines(page, "await-one"), []);
      const { state, lines } = await runAndWait(page, "await-one");
      assert.equal(state, "done", lines.join("\n"));
      assert.deepEqual(lines, ["shared from Firefox"]);
    });
  });
});
