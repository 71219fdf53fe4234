/**
 * Python in the page, through the real page: Run Python on a sample prints its expected Python
 * output (a request to the practice server included) and draws its requests on the timeline, Stop
 * ends `while True: pass`, a traceback points at main.py, and a browser without JSPI is told so
 * with the way to run it locally.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { outputProblems } from "../support/sample-output.ts";
import {
  pythonBootMs as bootMs,
  replacePython,
  runPython,
  wheelPastUnderRestingPointer,
} from "./runner-helpers.ts";
import { readSample } from "../../src/samples/sample-files.node.ts";

async function openSample(page: Page, path: string, id: string): Promise<Locator> {
  await page.goto(path);
  return page.locator(`[data-sample="${id}"]`);
}

test("Run Python prints the sample's expected output, from the practice server", async ({ page }) => {
  test.setTimeout(3 * bootMs);
  const sample = await openSample(page, "/en/http-requests/", "get-json");
  await expect(sample.locator("[data-python-versions]")).toContainText(
    /CPython 3\.14.*Pyodide 314.*aiohttp 3\./,
  );
  // What differs from the chapters' Python is one link away (links.spec.ts checks the section exists).
  await expect(sample.locator("[data-python-versions] a")).toHaveAttribute(
    "href",
    "/en/run-python/#where-the-pages-python-differs",
  );
  const button = sample.locator('[data-action="run-python"]');
  const before = await button.boundingBox();
  await button.hover();
  await expect(sample.locator("[data-python-status]")).toContainText(
    /Preparing Python: [\d.]+ of [\d.]+ MB|Starting Python/,
  );
  // The status appears while the pointer is on its way to press: the button must stay under it.
  expect(await button.boundingBox(), "Run Python stays where the pointer is").toEqual(before);
  const lines = await runPython(sample);
  await expect(sample).toHaveAttribute("data-run-state", "done");
  const expected = readSample("get-json");
  expect(outputProblems(expected.expectedPython ?? expected.expected, lines)).toBe("");
  // The run's timeline is drawn as a TypeScript run's: a row per request, recorded by the runtime.
  const requests = sample.locator('[data-timeline-row][data-kind="request"]');
  await expect(requests).toHaveCount(3);
  await expect(requests.first().locator(".timeline-label")).toHaveText("GET /posts/1");
  await expect(requests.first()).toHaveAttribute("data-outcome", "ok");
});

test("Stop ends while True: pass, os._exit ends only its run, and the next Python run works", async ({
  page,
}) => {
  test.setTimeout(3 * bootMs);
  const sample = await openSample(page, "/en/http-requests/", "get-json");
  await replacePython(page, sample, "print('looping')\nwhile True:\n    pass\n");
  await sample.locator('[data-action="run-python"]').click();
  await expect(sample.locator("[role=log]")).toContainText("looping", { timeout: bootMs });
  await sample.locator('[data-action="stop"]').click();
  await expect(sample).toHaveAttribute("data-run-state", "stopped", { timeout: 10_000 });
  await replacePython(page, sample, "import sys\nprint('after')\nraise ValueError('boom')\n");
  const lines = await runPython(sample);
  expect(lines).toContain("after");
  expect(lines).toContain('  File "main.py", line 3, in <module>');
  expect(lines).toContain("ValueError: boom");
  await expect(sample).toHaveAttribute("data-run-state", "error");

  // A program that ends Python's own process: the exit is its own, and the next run gets a fresh one.
  await replacePython(page, sample, "import os\nprint('leaving')\nos._exit(3)\n");
  expect(await runPython(sample)).toEqual(["leaving"]);
  await expect(sample.locator("[data-exit-status]")).toContainText("code 3");
  await expect(sample.locator("[role=log]")).toContainText("a fresh Python starts for the next run");
  await replacePython(page, sample, "print('a fresh Python')\n");
  expect(await runPython(sample)).toEqual(["a fresh Python"]);
  await expect(sample).toHaveAttribute("data-run-state", "done");
});

// One boot for two facts: a Python boot costs tens of seconds on a shared machine.
test("Ctrl+Enter runs the Python, whose run is reported though it replaced the worker's postMessage", async ({
  page,
}) => {
  test.setTimeout(3 * bootMs);
  const sample = await openSample(page, "/en/http-requests/", "get-json");
  // Pyodide's `js` module is the worker's global scope: the worker took postMessage before Python ran.
  const program = [
    "import js",
    "from pyodide.ffi import create_proxy",
    "js.MessagePort.prototype.postMessage = create_proxy(lambda *args: None)",
    "print('still reported', 6 * 7)",
  ];
  await replacePython(page, sample, `${program.join("\n")}\n`);
  // The keys are pressed in the Python editor: the sample's TypeScript would print its posts.
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(sample).not.toHaveAttribute("data-run-state", /idle|running/, { timeout: bootMs });
  await expect(sample.locator("[role=log] .run-text")).toHaveText(["still reported 42"]);
  await expect(sample).toHaveAttribute("data-run-state", "done");
});

test("a browser without JSPI is told so, with the way to run Python locally", async ({ page }) => {
  await page.addInitScript(() => {
    Reflect.deleteProperty(WebAssembly, "Suspending");
  });
  const sample = await openSample(page, "/en/http-requests/", "get-json");
  await sample.locator('[data-action="run-python"]').click();
  const status = sample.locator("[data-python-status]");
  await expect(status).toContainText("JSPI");
  await expect(status.locator('a[href="/en/run-python/"]')).toBeVisible();
  await expect(sample).toHaveAttribute("data-run-state", "error");
});

test("the wheel scrolling Run Python under a resting pointer downloads nothing; moving onto it does", async ({
  page,
}) => {
  const pythonFiles: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/python/")) pythonFiles.push(request.url());
  });
  await page.goto("/en/using-asyncio/");
  await wheelPastUnderRestingPointer(page, '[data-action="run-python"]');
  expect(pythonFiles).toEqual([]);

  const first = page.locator('[data-action="run-python"]').first();
  await first.scrollIntoViewIfNeeded();
  await first.hover();
  await expect.poll(() => pythonFiles.length, { timeout: 15_000 }).toBeGreaterThan(0);
});
