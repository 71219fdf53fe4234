/** Shared steps for the runner specs: pick the fallback runtime, edit code, run, read output. */
import { expect, type Locator, type Page } from "@playwright/test";
import { storageKeys } from "../../src/learner/storage-keys.ts";

/** Chooses the in-browser runtime before the page loads, as a learner's remembered switch would. */
export async function useWorkerRuntime(page: Page): Promise<void> {
  await page.addInitScript((key) => {
    try {
      localStorage.setItem(key, "worker");
    } catch {
      // The sandboxed runner iframe has no storage; only the page needs the setting.
    }
  }, storageKeys.runtime);
}

/** Replaces a sample's code through its editor, as typing would. */
export async function replaceCode(page: Page, sample: Locator, code: string): Promise<void> {
  await sample.locator("[data-editor=ts]").focus();
  const content = sample.locator("[data-editor=ts] .cm-content");
  // The editor's code loads on this first focus; in a fresh browser context on a busy machine that
  // takes more than the default 5 s.
  await expect(content).toBeVisible({ timeout: 20_000 });
  await content.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(code);
}

/** Presses Run and waits for the run to end; returns the output lines' text. */
export async function runAndWait(sample: Locator, timeout = 30_000): Promise<string[]> {
  await sample.locator('[data-action="run"]').click();
  await expect(sample).not.toHaveAttribute("data-run-state", /idle|running/, { timeout });
  return sample.locator("[role=log] .run-text").allTextContents();
}

/**
 * Makes the WebContainer's hosts (stackblitz.com and its kin) unreachable, as learners meet it:
 * "silent" leaves every request hanging (DNS failure, a filter that drops packets), "refused" fails
 * it at once. Returns a count of the requests that were tried, so a spec can see that none was.
 */
export async function blockWebContainerHosts(
  page: Page,
  how: "silent" | "refused",
): Promise<{ hits: number }> {
  const tried = { hits: 0 };
  await page.route(
    (url) => /blitz|webcontainer/.test(url.hostname),
    async (route) => {
      tried.hits += 1;
      if (how === "refused") await route.abort("connectionrefused");
      // "silent": the request is neither answered nor failed, so it hangs.
    },
  );
  return tried;
}

/** Lets a spec stand in for WebContainer.boot(): the boot ends when the spec calls `finishBoot`. */
export async function standInForBoot(page: Page): Promise<{ finishBoot: (error?: string) => Promise<void> }> {
  await page.addInitScript(() => {
    const scope = globalThis as typeof globalThis & { asyncTourFinishBoot?: (error?: string) => void };
    globalThis.asyncTourBootStandIn = () =>
      new Promise<void>((resolve, reject) => {
        scope.asyncTourFinishBoot = (error) => (error === undefined ? resolve() : reject(new Error(error)));
      });
  });
  return {
    // The page asks the stand-in for a boot only after a short check of other tabs: wait for that.
    finishBoot: async (error) => {
      await page.waitForFunction(() => "asyncTourFinishBoot" in globalThis);
      await page.evaluate((message) => {
        const scope = globalThis as typeof globalThis & { asyncTourFinishBoot?: (error?: string) => void };
        const finish = scope.asyncTourFinishBoot;
        // Taken, so the next finishBoot waits for the next boot instead of ending this one again.
        delete scope.asyncTourFinishBoot;
        finish?.(message);
      }, error);
    },
  };
}

/**
 * How many of the page's workers still answer. Under load, Chromium sometimes keeps reporting a
 * worker the relay has terminated (seen: Playwright never hears its `close`, and it answers
 * nothing); a worker that really leaked is idle between runs and answers at once. Only for idle
 * moments: a worker busy in a loop does not answer either.
 */
export async function answeringWorkerCount(page: Page): Promise<number> {
  const answers = await Promise.all(
    page
      .workers()
      .map((worker) =>
        Promise.race([
          worker.evaluate(() => true).catch(() => false),
          new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1_000)),
        ]),
      ),
  );
  return answers.filter(Boolean).length;
}

/** Two frames and a task: whatever the page set off by itself has been asked for by now. */
export function settleFrames(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))),
      ),
  );
}

/**
 * Rests the pointer where the buttons `selector` picks pass, then scrolls with the wheel until at
 * least two of them have passed beneath it (the test hears each one pass), and lets the page settle.
 */
export async function wheelPastUnderRestingPointer(page: Page, selector: string): Promise<void> {
  await page.evaluate((picked) => {
    const scope = globalThis as typeof globalThis & { buttonsPassed?: number };
    scope.buttonsPassed = 0;
    document.addEventListener("pointerover", (event) => {
      if ((event.target as Element).closest(picked) !== null)
        scope.buttonsPassed = (scope.buttonsPassed ?? 0) + 1;
    });
  }, selector);
  const button = await page.locator(selector).first().boundingBox();
  if (button === null) throw new Error(`The page shows no ${selector}.`);
  await page.mouse.move(button.x + button.width / 2, 360);
  const passed = () =>
    page.evaluate(() => (globalThis as typeof globalThis & { buttonsPassed?: number }).buttonsPassed ?? 0);
  for (let step = 0; step < 80 && (await passed()) < 2; step += 1) await page.mouse.wheel(0, 120);
  expect(await passed()).toBeGreaterThanOrEqual(2);
  await settleFrames(page);
}

/** The first Python Run downloads about 14 MB and boots Pyodide: slow on a shared 2-core machine. */
export const pythonBootMs = 90_000;

/**
 * Presses Run Python and waits for the run it starts to end; returns the output lines' text. The
 * sample may have run before, and a booted Python may end a run before a poll sees "running": a
 * watch set up before the press notes the run's start, and the wait is for an end after it.
 */
export async function runPython(sample: Locator, timeout = pythonBootMs): Promise<string[]> {
  await sample.evaluate((root) => {
    root.removeAttribute("data-python-run-began");
    // Records come in a batch: "running" may be already over, seen only as a record's old value.
    const observer = new MutationObserver((records) => {
      const wasRunning = records.some((record) => record.oldValue === "running");
      if (!wasRunning && root.getAttribute("data-run-state") !== "running") return;
      root.setAttribute("data-python-run-began", "");
      observer.disconnect();
    });
    observer.observe(root, {
      attributes: true,
      attributeFilter: ["data-run-state"],
      attributeOldValue: true,
    });
  });
  await sample.locator('[data-action="run-python"]').click();
  await expect(sample).toHaveAttribute("data-python-run-began", "", { timeout });
  await expect(sample).not.toHaveAttribute("data-run-state", /idle|running/, { timeout });
  return sample.locator("[role=log] .run-text").allTextContents();
}

/** Replaces a sample's Python through its editor, as typing would. */
export async function replacePython(page: Page, sample: Locator, code: string): Promise<void> {
  await sample.locator("[data-editor=py]").focus();
  const content = sample.locator("[data-editor=py] .cm-content");
  await expect(content).toBeVisible({ timeout: 20_000 });
  await content.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(code);
}
