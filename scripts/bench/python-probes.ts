/**
 * What the bench reads inside the page about Run Python (issue 21). Like page-probes.ts, each
 * function is sent to the page as source, so it is self-contained (no imports, no outer variables),
 * and every time is on the page's own clock, so driver latency never enters a figure.
 */

/** A Run Python timed from the pointer's press. */
export interface PythonRunTiming {
  /** Press to the first "Preparing Python" (or "Starting Python") line; NaN when none was shown. */
  progressShownMs: number;
  /** Press to the run's first output line (a line the program printed, not a note). */
  firstOutputMs: number;
  /** Press to the run's end. */
  doneMs: number;
  /** The run's final state (`done`, `error`, `stopped`, or `no-end` when it never ended). */
  state: string;
}

/**
 * Arms the timing of the next Run Python on the sample with this id; `pythonRunTiming` gives the
 * figure once the run has ended. Scrolls the button to the middle of the view for the pointer.
 */
export function armPythonRun(id: string): void {
  const sample = document.querySelector<HTMLElement>(`[data-sample="${id}"]`);
  const button = sample?.querySelector<HTMLButtonElement>('[data-action="run-python"]');
  const log = sample?.querySelector("[role=log]");
  const status = sample?.querySelector("[data-python-status]");
  if (!sample || !button || !log || !status)
    throw new Error(`The page has no sample "${id}" with Run Python and its status line.`);
  const scope = globalThis as typeof globalThis & { benchPythonRun?: Promise<PythonRunTiming> };
  scope.benchPythonRun = new Promise<PythonRunTiming>((resolve) => {
    let started = 0;
    let progressShownMs = Number.NaN;
    let firstOutputMs = Number.NaN;
    // The lines already there (a run before this one); a new run's lines are new elements, even
    // when it prints as many lines as the last run did.
    const before = new Set(log.querySelectorAll(".run-line:not(.run-note)"));
    // On the document, keyed by the selector: the timing must not depend on the bar keeping the
    // very button element it had when the run was armed.
    const onPress = (event: PointerEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('[data-action="run-python"]') === null || !sample.contains(target)) return;
      started = performance.now();
      // Progress already on screen (the reach started the download) counts from the press: zero.
      if (status.textContent.trim() !== "") progressShownMs = 0;
      document.removeEventListener("pointerdown", onPress, true);
    };
    document.addEventListener("pointerdown", onPress, true);
    // A boot that never ends is reported, not waited on for ever.
    setTimeout(
      () => resolve({ progressShownMs, firstOutputMs, doneMs: Number.NaN, state: "no-end" }),
      180_000,
    );
    const observer = new MutationObserver(() => {
      if (started === 0) return;
      const now = performance.now() - started;
      if (Number.isNaN(progressShownMs) && status.textContent.trim() !== "") progressShownMs = now;
      const lines = [...log.querySelectorAll(".run-line:not(.run-note)")];
      if (Number.isNaN(firstOutputMs) && lines.some((line) => !before.has(line))) firstOutputMs = now;
      const state = sample.dataset["runState"] ?? "";
      if (state !== "running" && state !== "idle" && !Number.isNaN(firstOutputMs)) {
        observer.disconnect();
        resolve({ progressShownMs, firstOutputMs, doneMs: now, state });
      }
    });
    observer.observe(sample, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ["data-run-state"],
    });
  });
  // The button, not the sample: a sample taller than the window, centred, leaves its bar off screen.
  button.scrollIntoView({ block: "center", behavior: "instant" });
}

/** The Run Python armed by `armPythonRun`, once it has ended. */
export function pythonRunTiming(): Promise<PythonRunTiming> {
  const scope = globalThis as typeof globalThis & { benchPythonRun?: Promise<PythonRunTiming> };
  if (scope.benchPythonRun === undefined) throw new Error("No Run Python was armed (call armPythonRun).");
  return scope.benchPythonRun;
}

/** What this page has fetched for Python's files so far (a Cache API hit fetches nothing). */
export interface PythonFetched {
  /** Files fetched (resource entries under /python/, the manifest included). */
  files: number;
  /** Bytes received over the network, headers included (0 for a file from the HTTP cache). */
  transferBytes: number;
  /** Bodies as sent (after any content encoding), cached or not. */
  encodedBodyBytes: number;
  /** Each entry, in the order fetched: path, transfer and encoded body bytes. */
  entries: [string, number, number][];
}

/** Sums the page's resource entries under /python/. */
export function pythonFetched(): PythonFetched {
  const entries = performance
    .getEntriesByType("resource")
    .filter((entry) => new URL(entry.name).pathname.startsWith("/python/"))
    .map((entry) => entry as PerformanceResourceTiming);
  return {
    files: entries.length,
    transferBytes: entries.reduce((sum, entry) => sum + entry.transferSize, 0),
    encodedBodyBytes: entries.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
    entries: entries.map((entry) => [
      new URL(entry.name).pathname,
      entry.transferSize,
      entry.encodedBodySize,
    ]),
  };
}
