/**
 * The site's Content-Security-Policy (src/lib/site-headers.ts) in Chromium, as the preview server
 * sends it: no page of another origin can frame the site; lesson pages, the search page and a run
 * in the built-in runtime work without one violation; and the WebContainer's frame and connections
 * are allowed. Nothing leaves the machine: StackBlitz's origin is answered by a stub.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { outputProblems } from "../support/sample-output.ts";
import { webContainerOrigin } from "../../src/lib/site-headers.ts";
import { runAndWait, useWorkerRuntime } from "./runner-helpers.ts";

/**
 * Collects Chromium's console lines about the policy, each with the document it came from (the page,
 * a frame, `about:srcdoc` for the sandbox). Chromium writes one for every violation in a document;
 * a worker's go to no page listener, so a spec shows those by a run that works.
 */
function watchViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) {
      seen.push(`${message.location().url || "(page)"}: ${message.text()}`);
    }
  });
  return seen;
}

/** Serves one HTML page on another port of this machine: another origin than the site's. */
async function serveOtherOrigin(html: string): Promise<{ origin: string; server: Server }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/**
 * Resolves, once the frame has loaded, with how many samples the framed document shows: a lesson
 * shows several; the error page of a refused frame, none.
 */
async function samplesInFrame(page: Page, url: string): Promise<number> {
  const frame = page.locator("iframe#framed");
  await expect(frame).toHaveAttribute("data-loaded", "yes");
  expect(await frame.getAttribute("src")).toBe(url);
  return page.frameLocator("iframe#framed").locator("[data-sample]").count();
}

const framingPage = (url: string) =>
  `<!doctype html><title>Another site</title>` +
  `<iframe id="framed" src="${url}" onload="this.dataset.loaded = 'yes'"></iframe>`;

test("a page of another origin cannot frame the site", async ({ page, baseURL }) => {
  const lesson = new URL("/en/using-asyncio/", baseURL).href;
  const other = await serveOtherOrigin(framingPage(lesson));
  try {
    const refusal = page.waitForEvent("console", (message) => message.text().includes("frame-ancestors"));
    await page.goto(other.origin);
    await refusal;
    expect(await samplesInFrame(page, lesson)).toBe(0);
  } finally {
    other.server.close();
  }
});

test("the site may frame its own pages", async ({ page, baseURL }) => {
  const lesson = new URL("/en/using-asyncio/", baseURL).href;
  await page.goto("/en/");
  // Built with the DOM, not framingPage's markup: an inline onload attribute is refused here.
  await page.evaluate((url) => {
    const frame = document.createElement("iframe");
    frame.id = "framed";
    frame.addEventListener("load", () => (frame.dataset["loaded"] = "yes"));
    frame.src = url;
    document.body.append(frame);
  }, lesson);
  expect(await samplesInFrame(page, lesson)).toBeGreaterThan(0);
});

test("the violation watcher sees a refused load", async ({ page }) => {
  const seen = watchViolations(page);
  await page.goto("/en/");
  await page.evaluate(() => {
    const image = document.createElement("img");
    image.src = "http://127.0.0.1:9/not-allowed.png";
    document.body.append(image);
  });
  await expect.poll(() => seen.join("\n")).toContain("img-src");
});

test("the violation watcher hears the sandbox: a policy without inline scripts stops its relay", async ({
  page,
}) => {
  const seen = watchViolations(page);
  await useWorkerRuntime(page);
  // The same page under a stricter policy: inline scripts refused everywhere, the sandbox included.
  await page.route("**/en/using-asyncio/", async (route) => {
    const response = await route.fetch();
    const policy = response.headers()["content-security-policy"] ?? "";
    const headers = {
      ...response.headers(),
      "content-security-policy": policy.replace(" 'unsafe-inline'", ""),
    };
    await route.fulfill({ response, headers });
  });
  await page.goto("/en/using-asyncio/");
  await page.locator('[data-sample="await-one"] [data-action="run"]').click();
  await expect.poll(() => seen.join("\n")).toMatch(/^about:srcdoc: .*inline script/m);
});

test("lesson pages, the search page and a run in the built-in runtime report no violation", async ({
  page,
}) => {
  const seen = watchViolations(page);
  await useWorkerRuntime(page);
  await page.goto("/zh-cn/using-asyncio/");
  await expect(page.locator("h1")).toBeVisible();

  await page.goto(`/en/search/?q=${encodeURIComponent("TaskGroup")}`);
  // Pagefind's WebAssembly, its worker and its index all load under the policy.
  await expect(page.locator(".search-result-title a").first()).toBeVisible({ timeout: 20_000 });

  await page.goto("/en/using-asyncio/");
  const sample = page.locator('[data-sample="await-one"]');
  const lines = await runAndWait(sample);
  // The sandbox's inline relay, its blob: workers and the learner's module all ran.
  await expect(sample).toHaveAttribute("data-ran-in", "worker");
  await expect(sample).toHaveAttribute("data-run-state", "done");
  const expected = (await sample.locator("[data-expected-output]").textContent()) ?? "";
  expect(outputProblems(expected, lines)).toBe("");
  expect(seen).toEqual([]);
});

test("the WebContainer's frame and connections are allowed, other origins are not", async ({ page }) => {
  const seen = watchViolations(page);
  // A stand-in for StackBlitz's /headless document, sent with what a cross-origin isolated page needs.
  const asked: string[] = [];
  await page.route(
    (url) => url.origin === webContainerOrigin,
    async (route) => {
      asked.push(route.request().url());
      await route.fulfill({
        status: 200,
        contentType: "text/html",
        headers: {
          "cross-origin-embedder-policy": "require-corp",
          "cross-origin-resource-policy": "cross-origin",
        },
        body: "<!doctype html><title>headless stand-in</title>",
      });
    },
  );
  await page.goto("/en/using-asyncio/");
  // The page boots the WebContainer when the learner reaches for Run; the real API makes its frame.
  await page.locator('[data-sample="await-one"] [data-action="run"]').hover();
  await expect.poll(() => asked.some((url) => url.startsWith(`${webContainerOrigin}/headless`))).toBe(true);
  // The frame may attach a moment after its request: look for it on each poll.
  await expect
    .poll(() =>
      page
        .frames()
        .find((candidate) => candidate.url().startsWith(`${webContainerOrigin}/headless`))
        ?.title(),
    )
    .toBe("headless stand-in");

  // issue 23's reachability probe and the API's token requests fetch from the same origin.
  const probe = await page.evaluate(
    (origin) => fetch(`${origin}/headless`, { mode: "no-cors" }).then(() => "answered"),
    webContainerOrigin,
  );
  expect(probe).toBe("answered");
  expect(seen).toEqual([]);

  const elsewhere = await page.evaluate(() =>
    fetch("http://127.0.0.1:9/", { mode: "no-cors" }).then(
      () => "answered",
      () => "refused",
    ),
  );
  expect(elsewhere).toBe("refused");
  await expect.poll(() => seen.join("\n")).toContain("connect-src");
});
