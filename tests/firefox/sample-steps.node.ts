/**
 * What a learner does with a sample, as puppeteer steps: type into its editor, press Run or Stop,
 * read its output. Every step waits for a state of the page (an attribute, an element), never
 * for a fixed time.
 */
import type { Page } from "puppeteer-core";

/** The states a run ends in (`data-run-state` on the sample). */
const endStates = ["done", "error", "stopped"] as const;

/** How a run ended, and the text of its output lines. */
export interface RunResult {
  state: string;
  lines: string[];
}

/** The CSS selector of one sample on the page. */
export function sampleSelector(id: string): string {
  return `[data-sample="${id}"]`;
}

/** The ids of the samples on the page, exercises left out, in page order. */
export function sampleIds(page: Page): Promise<string[]> {
  return page.$$eval("[data-sample]:not([data-exercise])", (roots) =>
    roots.map((root) => root.getAttribute("data-sample") ?? ""),
  );
}

/** Reads one attribute of a sample. */
export function sampleAttribute(page: Page, id: string, name: string): Promise<string | null> {
  return page.$eval(sampleSelector(id), (root, attribute) => root.getAttribute(attribute), name);
}

/** The text of a sample's output lines. */
export function outputLines(page: Page, id: string): Promise<string[]> {
  return page.$$eval(`${sampleSelector(id)} [role=log] .run-text`, (lines) =>
    lines.map((line) => line.textContent),
  );
}

/** The runner's own notes in a sample's output (not the program's lines), such as a runtime notice. */
export function outputNotes(page: Page, id: string): Promise<string[]> {
  return page.$$eval(`${sampleSelector(id)} [role=log] .run-note`, (notes) =>
    notes.map((note) => note.textContent),
  );
}

/** The code in a sample's live editor, one string with its lines. */
export function editorText(page: Page, id: string): Promise<string> {
  return page.$$eval(`${sampleSelector(id)} .cm-line`, (lines) =>
    lines.map((line) => line.textContent).join("\n"),
  );
}

/** What a sample shows of its run, for a failed wait to say what happened instead. */
export async function runReport(page: Page, id: string): Promise<string> {
  const state = await sampleAttribute(page, id, "data-run-state");
  const status = await page.$eval(`${sampleSelector(id)} [data-exit-status]`, (line) => line.textContent);
  const output = [...(await outputLines(page, id)), ...(await outputNotes(page, id))];
  // Where a run that never started stopped: no sandbox, or no runtime (an entry appears once fetched).
  const sandbox = await page.evaluate(() => {
    const frames = document.querySelectorAll("iframe[sandbox]").length;
    const fetched = performance
      .getEntriesByType("resource")
      .filter((entry) => entry.name.endsWith("/runner/runtime.js"))
      .map((entry) => `${Math.round((entry as PerformanceResourceTiming).responseEnd)} ms`);
    return `${frames} sandbox frame(s), runtime fetched at ${fetched.join(", ") || "no time yet"}`;
  });
  return `run state ${state}, status "${status}", ${sandbox}, output: ${output.join(" | ")}`;
}

/** Waits until the sample is in `state`. */
export async function waitForRunState(
  page: Page,
  id: string,
  state: string,
  timeout = 30_000,
): Promise<void> {
  try {
    await page.waitForSelector(`${sampleSelector(id)}[data-run-state="${state}"]`, { timeout });
  } catch (error) {
    throw new Error(`${id} was not ${state} in ${timeout} ms: ${await runReport(page, id)}`, {
      cause: error,
    });
  }
}

/**
 * Replaces a sample's code by typing it, key by key, into its editor, as a learner would. The
 * editor closes brackets and quotes by itself and steps over them when they are typed, so code
 * typed in order comes out as written.
 */
export async function typeCode(page: Page, id: string, code: string): Promise<void> {
  const sample = sampleSelector(id);
  // Focusing the code loads the editor (CodeMirror) in its place.
  await page.focus(`${sample} [data-editor=ts]`);
  await page.waitForSelector(`${sample} [data-editor=ts] .cm-content`, { visible: true });
  await page.click(`${sample} [data-editor=ts] .cm-content`);
  const modifier = process.platform === "darwin" ? "Meta" : "Control";
  await page.keyboard.down(modifier);
  await page.keyboard.press("KeyA");
  await page.keyboard.up(modifier);
  await page.keyboard.type(code);
}

/** The end of the last step that needs its page in front (see `inFront`). */
let frontTurn: Promise<unknown> = Promise.resolve();

/**
 * Brings `page` to the front and runs `steps` there, one page at a time. Only the page in front
 * has focus: in any other, focusing an element sends no `focusin`, so an editor that loads on focus
 * never loads. Pages side by side in one test process take turns here.
 */
function inFront<Result>(page: Page, steps: () => Promise<Result>): Promise<Result> {
  const turn = frontTurn.then(async () => {
    await page.bringToFront();
    return steps();
  });
  frontTurn = turn.catch(() => undefined);
  return turn;
}

/**
 * Puts `code` in a sample's editor (its TypeScript, or with `editor` "py" its Python) at once, as
 * pasting would (typing would auto-indent it), and waits until the editor shows it (of a long
 * program, the lines it draws). The page is brought to the front for it, one page at a time (see
 * `inFront`). In Firefox the
 * insert can now and then land before the editor has taken focus and do nothing, so the sample
 * would run its own code: it is then done again.
 */
export function insertCode(page: Page, id: string, code: string, editor: "ts" | "py" = "ts"): Promise<void> {
  return inFront(page, () => insertInFront(page, id, code, editor));
}

async function insertInFront(page: Page, id: string, code: string, editor: "ts" | "py"): Promise<void> {
  const codeBox = `${sampleSelector(id)} [data-editor="${editor}"]`;
  await page.focus(codeBox);
  await page.waitForSelector(`${codeBox} .cm-content`, { visible: true });
  for (let attempt = 1; ; attempt += 1) {
    await page.click(`${codeBox} .cm-content`);
    await page.evaluate((text) => {
      // Deprecated, but it is how an input method inserts text, and what puppeteer's own
      // sendCharacter does; CodeMirror takes it as typed input.
      /* eslint-disable @typescript-eslint/no-deprecated */
      document.execCommand("selectAll");
      document.execCommand("insertText", false, text);
      /* eslint-enable @typescript-eslint/no-deprecated */
    }, code);
    try {
      await page.waitForFunction(
        (selector, wanted) => {
          const shown = [...document.querySelectorAll(selector)].map((line) => line.textContent);
          const lines = wanted.split("\n");
          // CodeMirror draws only the lines near the view: a long program shows a run of its lines.
          for (let start = 0; start + shown.length <= lines.length; start += 1)
            if (shown.every((line, index) => line === lines[start + index])) return true;
          return false;
        },
        { timeout: 2_000 },
        `${codeBox} .cm-line`,
        code,
      );
      return;
    } catch (error) {
      if (attempt === 3) throw new Error(`The editor of ${id} did not take the code.`, { cause: error });
    }
  }
}

/**
 * Presses a sample's Run and waits for the run to end. The sample must not have run yet on this
 * page: an ended run's state would otherwise satisfy the wait before the new run begins.
 */
export async function runAndWait(page: Page, id: string, timeout = 30_000): Promise<RunResult> {
  const sample = sampleSelector(id);
  const before = await sampleAttribute(page, id, "data-run-state");
  if (before !== "idle") throw new Error(`Sample ${id} has run already (its state is ${before}).`);
  // puppeteer scrolls only a button out of view: one at the top edge, under the sticky site
  // header (where focusing its editor can leave it), would take the header's click.
  await page.$eval(`${sample} [data-action="run"]`, (button) => button.scrollIntoView({ block: "center" }));
  await page.click(`${sample} [data-action="run"]`);
  const ended = endStates.map((state) => `${sample}[data-run-state="${state}"]`).join(", ");
  try {
    await page.waitForSelector(ended, { timeout });
  } catch (error) {
    throw new Error(`The run of ${id} did not end in ${timeout} ms: ${await runReport(page, id)}`, {
      cause: error,
    });
  }
  return {
    state: (await sampleAttribute(page, id, "data-run-state")) ?? "",
    lines: await outputLines(page, id),
  };
}

/**
 * Opens the page again so that it reads a setting just stored. Firefox over WebDriver BiDi now and
 * then reports a reload as aborted (NS_BINDING_ABORTED) while the page is still settling after its
 * first load; the reload is then asked for once more, and the page's load is what is waited for.
 */
export async function reloadPage(page: Page): Promise<void> {
  try {
    await page.reload({ waitUntil: "load" });
  } catch (error) {
    if (!String(error).includes("NS_BINDING_ABORTED")) throw error;
    await page.reload({ waitUntil: "load" });
  }
}

/**
 * Presses `button` of a sample (by its `data-action`) and waits for the run it starts to end. The
 * sample may have run before: a watch set up before the press waits for a state the new run ends in.
 */
export async function pressAndWaitForEnd(
  page: Page,
  id: string,
  action: string,
  timeout = 30_000,
): Promise<RunResult> {
  const sample = sampleSelector(id);
  const watch = `run-end-${Math.random().toString(36).slice(2)}`;
  await page.$eval(
    sample,
    (root, states: readonly string[], key) => {
      const observer = new MutationObserver(() => {
        const state = root.getAttribute("data-run-state") ?? "";
        if (!states.includes(state)) return;
        observer.disconnect();
        root.setAttribute(`data-${key}`, state);
      });
      observer.observe(root, { attributes: true, attributeFilter: ["data-run-state"] });
    },
    [...endStates],
    watch,
  );
  await page.$eval(`${sample} [data-action="${action}"]`, (button) =>
    button.scrollIntoView({ block: "center" }),
  );
  await page.click(`${sample} [data-action="${action}"]`);
  try {
    await page.waitForSelector(`${sample}[data-${watch}]`, { timeout });
  } catch (error) {
    throw new Error(`The run of ${id} did not end in ${timeout} ms: ${await runReport(page, id)}`, {
      cause: error,
    });
  }
  return {
    state: (await sampleAttribute(page, id, "data-run-state")) ?? "",
    lines: await outputLines(page, id),
  };
}
