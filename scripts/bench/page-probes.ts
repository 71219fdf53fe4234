/**
 * Functions the bench runs inside the page, the same in every engine (Playwright and puppeteer both
 * send a function's source to the page, so each one here must be self-contained: no imports, no
 * outer variables). They read the page's own clocks, so driver latency never enters a figure.
 */

/** A run as the learner sees it: click to first output line, and click to the end of the run. */
export interface RunTiming {
  firstOutputMs: number;
  doneMs: number;
  /** The run's final state (`done`, `error`, `stopped`); anything but `done` makes the figure suspect. */
  state: string;
}

/** Clicks Run on the sample with this id and times it from the click, on the page's clock. */
export function clickRunAndTime(id: string): Promise<RunTiming> {
  // A sample or an exercise: both are run boxes with the same Run button and console.
  const sample = document.querySelector<HTMLElement>(`[data-sample="${id}"], [data-exercise="${id}"]`);
  const button = sample?.querySelector<HTMLButtonElement>('[data-action="run"]');
  const log = sample?.querySelector("[role=log]");
  if (!sample || !button || !log) throw new Error(`The page has no runnable sample "${id}".`);
  return new Promise<RunTiming>((resolve) => {
    let firstOutputMs = Number.NaN;
    let started = 0;
    const observer = new MutationObserver(() => {
      if (Number.isNaN(firstOutputMs) && log.querySelector(".run-line"))
        firstOutputMs = performance.now() - started;
      const state = sample.dataset["runState"] ?? "";
      if (started > 0 && state !== "running" && state !== "idle") {
        observer.disconnect();
        resolve({ firstOutputMs, doneMs: performance.now() - started, state });
      }
    });
    observer.observe(sample, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ["data-run-state"],
    });
    started = performance.now();
    button.click();
  });
}

/** The paths of every same-origin script the page has fetched so far (modules, imports, fetch). */
export function scriptPaths(): string[] {
  return performance
    .getEntriesByType("resource")
    .map((entry) => new URL(entry.name))
    .filter((url) => url.origin === location.origin && /\.m?js$/.test(url.pathname))
    .map((url) => url.pathname);
}

/** How many resources the page has fetched so far; the bench waits until this stops growing. */
export function resourceCount(): number {
  return performance.getEntriesByType("resource").length;
}

/** The page's largest contentful paint so far: when (ms from navigation start), and what. */
export function largestContentfulPaint(): Promise<{ ms: number; element: string }> {
  return new Promise((resolve) => {
    new PerformanceObserver((list) => {
      const last = list.getEntries().at(-1) as (PerformanceEntry & { element?: Element | null }) | undefined;
      if (last === undefined) return;
      const element = last.element;
      const name = element
        ? `${element.tagName.toLowerCase()}${element.className ? `.${element.className}` : ""}`
        : "";
      resolve({ ms: last.startTime, element: name });
    }).observe({ type: "largest-contentful-paint", buffered: true });
  });
}

/** Elements in the document, as Lighthouse's DOM size audit counts them. */
export function elementCount(): number {
  return document.querySelectorAll("*").length;
}

/** Brings a sample into view, as a learner scrolling to it does. */
export function scrollToSample(id: string): void {
  document
    .querySelector(`[data-sample="${id}"], [data-exercise="${id}"]`)
    ?.scrollIntoView({ block: "center" });
}

/** A run of a hostile program, as the page lived through it. */
export interface StallTiming {
  /** The longest gap between beats of a 10 ms heartbeat: the main thread's longest stall. */
  longestStallMs: number;
  /** The longest task the browser itself reported (Long Tasks API), where it reports them. */
  longestTaskMs: number | undefined;
  doneMs: number;
  state: string;
}

/** Which sample's Run the stall probe presses, and when it presses Stop, if ever. */
export interface StallRun {
  id: string;
  /** Press Stop once the program prints this line (so it is the program running, not its start). */
  stopAfterLine?: string;
}

/**
 * Clicks Run on the sample `run.id` and measures the page's longest main-thread stall from the click
 * until the result is drawn (two frames after the run's end state), through Stop if `run` says when.
 * A run that has not ended after two minutes (Stop dead, no watchdog) gives state "no-end".
 */
export function clickRunAndMeasureStall({ id, stopAfterLine }: StallRun): Promise<StallTiming> {
  const sample = document.querySelector<HTMLElement>(`[data-sample="${id}"]`);
  const button = sample?.querySelector<HTMLButtonElement>('[data-action="run"]');
  if (!sample || !button) throw new Error(`The page has no runnable sample "${id}".`);
  let longestTaskMs: number | undefined;
  let tasks: PerformanceObserver | undefined;
  if (PerformanceObserver.supportedEntryTypes.includes("longtask")) {
    longestTaskMs = 0;
    tasks = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longestTaskMs = Math.max(longestTaskMs ?? 0, entry.duration);
    });
    tasks.observe({ type: "longtask" });
  }
  let last = performance.now();
  let longest = 0;
  const beat = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 10);
  return new Promise<StallTiming>((resolve) => {
    const started = performance.now();
    let ended = false;
    let stopPressed = false;
    const end = (state: string) => {
      ended = true;
      observer.disconnect();
      clearTimeout(giveUp);
      const doneMs = performance.now() - started;
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          clearInterval(beat);
          tasks?.disconnect();
          const longestStallMs = Math.max(longest, performance.now() - last);
          resolve({ longestStallMs, longestTaskMs, doneMs, state });
        }),
      );
    };
    const observer = new MutationObserver(() => {
      if (ended) return;
      const state = sample.dataset["runState"] ?? "";
      if (state !== "running" && state !== "idle") return end(state);
      if (stopAfterLine === undefined || stopPressed) return;
      const lines = sample.querySelectorAll("[role=log] .run-text");
      if (![...lines].some((line) => line.textContent === stopAfterLine)) return;
      stopPressed = true;
      sample.querySelector<HTMLButtonElement>('[data-action="stop"]')?.click();
    });
    const giveUp = setTimeout(() => end("no-end"), 120_000);
    // The output too, when Stop waits for a line of it.
    observer.observe(sample, {
      attributes: true,
      attributeFilter: ["data-run-state"],
      subtree: stopAfterLine !== undefined,
      childList: stopAfterLine !== undefined,
    });
    button.click();
  });
}

/**
 * Scrolls the page's first sample into view and arms the timing of its next Run pressed with the
 * pointer: from the pointer's press on Run to the first output line, on the page's clock. Returns
 * the sample's id (empty when the page has none); `pointerRunTiming` then gives the figure.
 */
export function armPointerRun(): string {
  const sample = document.querySelector<HTMLElement>("[data-sample]:not([data-exercise])");
  const button = sample?.querySelector<HTMLButtonElement>('[data-action="run"]');
  const log = sample?.querySelector("[role=log]");
  // A chapter of prose alone has nothing to run.
  if (!sample || !button || !log) return "";
  const scope = globalThis as typeof globalThis & { benchPointerRun?: Promise<RunTiming> };
  scope.benchPointerRun = new Promise<RunTiming>((resolve) => {
    let started = 0;
    let firstOutputMs = Number.NaN;
    button.addEventListener("pointerdown", () => (started = performance.now()), {
      capture: true,
      once: true,
    });
    // A press that started no run (it missed the button) is reported, not waited on for ever.
    setTimeout(
      () =>
        resolve({
          firstOutputMs: Number.NaN,
          doneMs: Number.NaN,
          state: started === 0 ? "not-pressed" : "no-end",
        }),
      20_000,
    );
    const observer = new MutationObserver(() => {
      if (started === 0) return;
      if (Number.isNaN(firstOutputMs) && log.querySelector(".run-line"))
        firstOutputMs = performance.now() - started;
      const state = sample.dataset["runState"] ?? "";
      if (state !== "running" && state !== "idle") {
        observer.disconnect();
        resolve({ firstOutputMs, doneMs: performance.now() - started, state });
      }
    });
    observer.observe(sample, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ["data-run-state"],
    });
  });
  // At once: a smooth scroll would still be moving when the pointer aims at the button. The button,
  // not the sample: a sample taller than the window, centred, can leave its Run below the bottom
  // edge, where the pointer cannot reach it (a "move target out of bounds" in Firefox, a press that
  // missed in Chromium).
  button.scrollIntoView({ block: "center", behavior: "instant" });
  return sample.dataset["sample"] ?? "";
}

/** The Run armed by `armPointerRun`, once it has ended. */
export function pointerRunTiming(): Promise<RunTiming> {
  const scope = globalThis as typeof globalThis & { benchPointerRun?: Promise<RunTiming> };
  if (scope.benchPointerRun === undefined) throw new Error("No Run was armed (call armPointerRun first).");
  return scope.benchPointerRun;
}

/**
 * Reads the page to its end as a learner does: every sample and exercise passes through the view,
 * one animation frame apart (so each is seen by whatever watches the view), then the page's foot;
 * then back to the top.
 */
export async function readThrough(): Promise<number> {
  const boxes = [...document.querySelectorAll("[data-sample], [data-exercise]")];
  for (const box of boxes) {
    box.scrollIntoView({ block: "center", behavior: "instant" });
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  scrollTo({ top: document.documentElement.scrollHeight, behavior: "instant" });
  await new Promise((resolve) => requestAnimationFrame(resolve));
  // Back to the top, as a fresh page is: samples laid out late (content-visibility) shift whatever
  // is below them, so a press aimed from the foot of the page could miss its button.
  scrollTo({ top: 0, behavior: "instant" });
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return boxes.length;
}

/** The WebContainer runtime frames the page has made: one per `WebContainer.boot()` it called. */
export function containerFrames(): number {
  return document.querySelectorAll('iframe[src^="https://stackblitz.com/headless"]').length;
}

/** Scrolls the element this selector finds to the middle of the view, for a pointer to reach it. */
export function centre(selector: string): void {
  document.querySelector(selector)?.scrollIntoView({ block: "center", behavior: "instant" });
}

/** Where the page's next run goes and why (`<html data-runtime-status>`), or "" before any choice. */
export function runtimeStatus(): string {
  return document.documentElement.dataset["runtimeStatus"] ?? "";
}
