/**
 * The built-in runtime against hostile and careless programs (issue 18): no forged results, no
 * network, no frozen page, a sandbox that obeys only its page and is replaced when it dies. Python
 * in the page is held to the same "no network", against the same watched server.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Locator, type Page } from "@playwright/test";
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
import { blockedEverywhere, pythonPhoneHome } from "../fixtures/hostile-python.ts";
import {
  pythonBootMs,
  replaceCode,
  replacePython,
  runAndWait,
  runPython,
  useWorkerRuntime,
} from "./runner-helpers.ts";

let sample: Locator;

test.beforeEach(async ({ page }) => {
  await useWorkerRuntime(page);
  await page.goto("/en/using-asyncio/");
  sample = page.locator('[data-sample="await-one"]');
});

const exitStatus = () => sample.locator("[data-exit-status]");

test("a program that patches MessagePort.prototype.postMessage cannot forge a clean exit", async ({
  page,
}) => {
  await replaceCode(page, sample, forgeThroughPortPatch);
  const lines = await runAndWait(sample);
  expect(lines[0]).toBe("real line");
  expect(lines.join("\n")).toContain("the real failure");
  expect(lines).not.toContain("forged line");
  await expect(exitStatus()).toContainText("Exited with code 1");
});

test("Stop still works after the program replaces performance.now", async ({ page }) => {
  await replaceCode(page, sample, infiniteClockTicking);
  await sample.getByRole("button", { name: "Run", exact: true }).click();
  await expect(sample.getByRole("log")).toContainText("tick");
  await sample.getByRole("button", { name: "Stop" }).click();
  await expect(sample).toHaveAttribute("data-run-state", "stopped", { timeout: 2_000 });
});

test("a program that replaces performance.now ends normally, with finite times", async ({ page }) => {
  await replaceCode(page, sample, infiniteClockFinishing);
  const lines = await runAndWait(sample, 10_000);
  expect(lines).toEqual(["done"]);
  await expect(exitStatus()).toContainText("Exited with code 0");
  await expect(exitStatus()).not.toContainText("Infinity");
  await expect(sample.locator("[data-timeline]")).not.toContainText("Infinity");
});

test("a top-level await that nothing settles ends within seconds, with a plain message", async ({ page }) => {
  await replaceCode(page, sample, neverSettlingAwait);
  const lines = await runAndWait(sample, 5_000);
  expect(lines[0]).toBe("before");
  expect(lines.join("\n")).toContain("nothing will ever settle");
  await expect(exitStatus()).toContainText("Exited with code 13");
});

async function orderFromAnotherWindow(page: Page, order: Record<string, unknown>): Promise<void> {
  await page.evaluate((message) => {
    const frame = document.querySelector<HTMLIFrameElement>("iframe[sandbox]");
    frame?.contentWindow?.postMessage(message, "*");
  }, order);
}

test("the sandbox ignores orders that do not come over its page's channel", async ({ page }) => {
  await replaceCode(page, sample, shortWait);
  await sample.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.locator("iframe[sandbox]")).toHaveCount(1);
  // Any window can post to the iframe (a page that frames ours, an opener): none is obeyed.
  await orderFromAnotherWindow(page, { type: "stop" });
  await orderFromAnotherWindow(page, {
    type: "run",
    runId: 1,
    code: 'console.log("from outside")',
    maxLines: 9,
  });
  await expect(sample).not.toHaveAttribute("data-run-state", /idle|running/, { timeout: 10_000 });
  expect(await sample.locator("[role=log] .run-text").allTextContents()).toEqual(["finished on its own"]);
  await expect(exitStatus()).toContainText("Exited with code 0");
});

test("Stop ends an endless loop and the next run works", async ({ page }) => {
  await replaceCode(page, sample, busyLoop);
  await sample.getByRole("button", { name: "Run", exact: true }).click();
  await expect(sample.getByRole("log")).toContainText("spinning");
  await sample.getByRole("button", { name: "Stop" }).click();
  await expect(sample).toHaveAttribute("data-run-state", "stopped", { timeout: 2_000 });
  await replaceCode(page, sample, 'console.log("next");\n');
  expect(await runAndWait(sample, 10_000)).toEqual(["next"]);
});

test("a program stuck in a loop is said to have stopped answering, with both likely causes", async ({
  page,
}) => {
  await replaceCode(page, sample, busyLoop);
  await sample.getByRole("button", { name: "Run", exact: true }).click();
  // The runtime pings the program's thread; a loop that never lets go answers none of them.
  const note = sample.locator("[role=log] .run-note");
  await expect(note).toContainText("has not answered for a few seconds", { timeout: 15_000 });
  await expect(note).toContainText("ran out of memory");
  await sample.getByRole("button", { name: "Stop" }).click();
  await expect(sample).toHaveAttribute("data-run-state", "stopped");
});

test("a program that waits on a timer for seconds is not said to have stopped answering", async ({
  page,
}) => {
  await replaceCode(
    page,
    sample,
    'await new Promise((done) => setTimeout(done, 4_000));\nconsole.log("waited");\n',
  );
  expect(await runAndWait(sample, 20_000)).toEqual(["waited"]);
  // Checked once the run has ended: four seconds of waiting are past the point a silent thread is named.
  await expect(sample.locator("[role=log]")).not.toContainText("has not answered");
});

test.describe("no network from learner code", () => {
  let server: Server;
  const hits: string[] = [];

  test.beforeAll(async () => {
    server = createServer((request, response) => {
      hits.push(request.url ?? "");
      const type = request.url?.endsWith("events") ? "text/event-stream" : "text/javascript";
      response.writeHead(200, { "Access-Control-Allow-Origin": "*", "Content-Type": type });
      response.end(type === "text/event-stream" ? "data: hi\n\n" : "export {};\n");
    });
    server.on("upgrade", (request, socket) => {
      hits.push(request.url ?? "");
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  });

  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  for (const base of ["watched", "https://stackblitz.com"] as const) {
    test(`every way out to ${base === "watched" ? "another origin" : base} is blocked`, async ({
      page,
      context,
    }) => {
      const origin = base === "watched" ? `http://127.0.0.1:${(server.address() as AddressInfo).port}` : base;
      // StackBlitz is allowed by the site's own policy (the WebContainer needs it); the route
      // answers for it here, so a request that got out would be seen to succeed.
      await context.route(`${origin}/phone-home/**`, async (route) => {
        hits.push(route.request().url());
        await route.fulfill({
          status: 200,
          headers: { "Access-Control-Allow-Origin": "*", "Content-Type": "text/javascript" },
          body: "export {};\n",
        });
      });
      hits.length = 0;
      await replaceCode(page, sample, phoneHome(origin));
      const lines = await runAndWait(sample, 20_000);
      expect(lines).toEqual(waysOut.map((way) => `${way}: blocked`));
      expect(hits).toEqual([]);
    });
  }

  test("every way out from Python to another origin or StackBlitz is blocked", async ({ page, context }) => {
    test.setTimeout(3 * pythonBootMs);
    const origins = [`http://127.0.0.1:${(server.address() as AddressInfo).port}`, "https://stackblitz.com"];
    await context.route("https://stackblitz.com/phone-home/**", async (route) => {
      hits.push(route.request().url());
      await route.fulfill({
        status: 200,
        headers: { "Access-Control-Allow-Origin": "*", "Content-Type": "text/javascript" },
        body: "export {};\n",
      });
    });
    hits.length = 0;
    await replacePython(page, sample, pythonPhoneHome(origins));
    const lines = await runPython(sample);
    expect(lines).toEqual(blockedEverywhere(origins));
    expect(hits).toEqual([]);
  });
});

test("a sandbox that dies under a run is noticed and replaced, and the next run works", async ({ page }) => {
  await replaceCode(
    page,
    sample,
    'console.log("waiting");\nawait new Promise((resolve) => setTimeout(resolve, 60_000));\n',
  );
  await sample.getByRole("button", { name: "Run", exact: true }).click();
  await expect(sample.getByRole("log")).toContainText("waiting");
  // A real out-of-memory takes gigabytes and, where the sandbox shares the page's process, the page
  // with it; a sandbox whose document is gone answers no ping either, as a dead process does.
  await page.evaluate(() => document.querySelector("iframe[sandbox]")?.remove());
  await expect(sample).toHaveAttribute("data-run-state", "error", { timeout: 10_000 });
  await expect(exitStatus()).toContainText("Exited with code 134");
  // It cannot know why the process went: memory is named as a likely cause, not as the cause.
  await expect(sample).toContainText("stopped unexpectedly, perhaps because the program ran out of memory");
  await replaceCode(page, sample, 'console.log("next");\n');
  expect(await runAndWait(sample, 10_000)).toEqual(["next"]);
  await expect(exitStatus()).toContainText("Exited with code 0");
});

test("the program cannot take its realm's port: no forged request row, exit or report", async ({ page }) => {
  await replaceCode(page, sample, forgeThroughRealmPort);
  const lines = await runAndWait(sample, 10_000);
  // The realm reads its messages through a getter it took before the program ran.
  expect(lines[0]).toBe("no port");
  expect(lines.join("\n")).toContain("thrown after the forgery");
  await expect(sample).toHaveAttribute("data-run-state", "error");
  await expect(exitStatus()).toContainText("Exited with code 1");
  const rows = sample.locator("[data-timeline-row] .timeline-label");
  await expect(rows).toHaveText(["GET /delay/10"]);
  await expect(sample.locator("[data-timeline-row]").first()).toHaveAttribute("data-outcome", "ok");
});
