/**
 * Hostile Python in the page (issue 21, item 4), through the page as a learner meets it. A memory
 * bomb ends with MemoryError and word of the page's memory limit (python-memory-limit.ts), while
 * another sample's TypeScript runs; so does one allocation past the limit, while a size past what
 * a 32-bit Python can index is an OverflowError; the next Python run works, in a fresh Python that
 * gave the memory back. A flood of output is capped and on the page, whole, when the run says it
 * is done; an endless one meets the time limit while the page answers, and the next run works.
 * Under Node the runtime's side of these is held in tests/suites/python-hostile.test.ts; here,
 * the page's.
 */
import { expect, test, type Locator } from "@playwright/test";
import { runnerText } from "../../src/i18n/runner-text.ts";
import { storageKeys } from "../../src/learner/storage-keys.ts";
import { runBounds } from "../../src/runner/run-limits.ts";
import { readSample } from "../../src/samples/sample-files.node.ts";
import { outputProblems } from "../support/sample-output.ts";
import { pythonBootMs, replacePython, runAndWait, runPython, useWorkerRuntime } from "./runner-helpers.ts";

const text = runnerText("en");

/** The output's notes (the runner's own words, not the program's lines). */
const notes = (sample: Locator) => sample.locator("[role=log] .run-note").allTextContents();

/** Pyodide's heap, in bytes, as Python sees it (a Pyodide internal: for this test only). */
const heapSize = "import pyodide_js\nprint(pyodide_js._module.HEAPU8.length)\n";

test("a memory bomb ends with MemoryError and word of the limit; the page answers; the next run is fresh", async ({
  page,
}) => {
  test.setTimeout(4 * pythonBootMs);
  await useWorkerRuntime(page);
  await page.goto("/en/using-asyncio/");
  const python = page.locator('[data-sample="await-one"]');
  const typescript = page.locator('[data-sample="two-tasks"]');

  await replacePython(page, python, heapSize);
  const [bootedHeap] = await runPython(python);
  expect(Number(bootedHeap), "a booted Python's heap").toBeLessThan(2 ** 28);

  // A size past what a 32-bit Python can index: said as CPython on a 32-bit machine says it, and
  // nothing is allocated, so no word of the limit.
  await replacePython(page, python, 'data = b"x" * 10**11\n');
  expect((await runPython(python, 30_000)).at(-1)).toBe(
    "OverflowError: cannot fit 'int' into an index-sized integer",
  );
  expect(await notes(python)).toEqual([]);

  await replacePython(page, python, "data = []\nwhile True:\n    data.append(bytearray(50_000_000))\n");
  const bomb = runPython(python, 60_000);
  // The page is not held up: another sample's TypeScript runs, on time, while Python fills its memory.
  const lines = await runAndWait(typescript);
  expect(outputProblems(readSample("two-tasks").expected, lines)).toBe("");
  const bombLines = await bomb;
  await expect(python).toHaveAttribute("data-run-state", "error");
  expect(bombLines.at(-1)).toBe("MemoryError");
  expect(await notes(python)).toEqual([text("pythonMemoryLimit")]);

  // One allocation far past the limit is refused at once, and said so the same way.
  await replacePython(page, python, "data = bytearray(2_000_000_000)\n");
  expect((await runPython(python, pythonBootMs)).at(-1)).toBe("MemoryError");
  expect(await notes(python)).toEqual([text("pythonMemoryLimit")]);

  // The next run goes to a fresh Python, whose heap is a booted one's again: the memory went back.
  await replacePython(page, python, heapSize);
  const [heapAfter] = await runPython(python, pythonBootMs);
  await expect(python).toHaveAttribute("data-run-state", "done");
  expect(Number(heapAfter), "the heap after the bombs").toBeLessThan(2 ** 28);
  expect(await notes(python)).toEqual([]);
});

test("a flood of output is capped and drawn whole before the run ends; an endless one meets the time limit", async ({
  page,
}) => {
  test.setTimeout(4 * pythonBootMs);
  await useWorkerRuntime(page);
  // Short enough for a test, long past the moment the flood has filled the output's cap.
  await page.addInitScript((key) => {
    try {
      localStorage.setItem(key, "5000");
    } catch {
      // The sandboxed runner iframe has no storage; only the page needs the setting.
    }
  }, storageKeys.timeLimitMs);
  await page.goto("/en/using-asyncio/");
  const python = page.locator('[data-sample="await-one"]');
  const typescript = page.locator('[data-sample="two-tasks"]');

  // Every line kept is on the page by the time the run says it is done, the last one included.
  await replacePython(page, python, "for i in range(20_000):\n    print(i)\n");
  const capped = await runPython(python);
  await expect(python).toHaveAttribute("data-run-state", "done");
  expect(capped).toHaveLength(runBounds.maxLines);
  expect(capped.at(-1)).toBe(String(runBounds.maxLines - 1));
  await expect(python.locator("[role=log] .run-note")).toHaveText([
    text("dropped", { count: "15,000", max: "5,000" }),
  ]);

  // An endless flood: the page keeps answering (another sample's TypeScript runs on time) while
  // Python prints into a full output, until the time limit stops it and a fresh Python boots.
  await replacePython(page, python, 'while True:\n    print("x" * 1000)\n');
  const flood = runPython(python, 60_000);
  const lines = await runAndWait(typescript);
  expect(outputProblems(readSample("two-tasks").expected, lines)).toBe("");
  const flooded = await flood;
  await expect(python).toHaveAttribute("data-run-state", "stopped");
  await expect(python.locator("[data-exit-status]")).toContainText(text("timedOut", { seconds: "5 s" }));
  // The output's character cap (run-limits.ts) is met long before its line cap.
  expect(flooded.length).toBe(Math.floor(runBounds.maxRunChars / 1000));
  expect(new Set(flooded)).toEqual(new Set(["x".repeat(1000)]));

  await replacePython(page, python, "print('next')\n");
  expect(await runPython(python)).toEqual(["next"]);
  await expect(python).toHaveAttribute("data-run-state", "done");
});
