/**
 * Python in the page, as a learner meets it (issue 21, item 2): the first Run Python on a first
 * visit (the pointer's reach starts the download, the press runs), the next Run on the same page,
 * and the first Run Python on another chapter in the same profile, which boots from the Cache API.
 * Each from the press to the first output line, with the bytes the page fetched for Python.
 */
import type { BenchPage, Engine } from "./engines.node.ts";
import type { BenchSite } from "./journeys.node.ts";

/** A Run Python timed from the pointer's press, on the page's clock. */
interface PythonRunTiming {
  firstOutputMs: number;
  doneMs: number;
  state: string;
}

/**
 * Arms the timing of the next Run Python on the sample with this id (self-contained: the engine
 * sends its source to the page). `pythonRunTiming` gives the figure once the run has ended.
 */
function armPythonRun(id: string): void {
  const sample = document.querySelector<HTMLElement>(`[data-sample="${id}"]`);
  const button = sample?.querySelector<HTMLButtonElement>('[data-action="run-python"]');
  const log = sample?.querySelector("[role=log]");
  if (!sample || !button || !log) throw new Error(`The page has no sample "${id}" with Run Python.`);
  const scope = globalThis as typeof globalThis & { benchPythonRun?: Promise<PythonRunTiming> };
  scope.benchPythonRun = new Promise<PythonRunTiming>((resolve) => {
    let started = 0;
    let firstOutputMs = Number.NaN;
    const before = log.querySelectorAll(".run-line").length;
    // On the document, keyed by the selector: the timing must not depend on the bar keeping the
    // very button element it had when the run was armed.
    const onPress = (event: PointerEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('[data-action="run-python"]') === null || !sample.contains(target)) return;
      started = performance.now();
      document.removeEventListener("pointerdown", onPress, true);
    };
    document.addEventListener("pointerdown", onPress, true);
    // A boot that never ends is reported, not waited on for ever.
    setTimeout(() => resolve({ firstOutputMs, doneMs: Number.NaN, state: "no-end" }), 180_000);
    const observer = new MutationObserver(() => {
      if (started === 0) return;
      const lines = log.querySelectorAll(".run-line").length;
      if (Number.isNaN(firstOutputMs) && lines > 0 && lines !== before)
        firstOutputMs = performance.now() - started;
      const state = sample.dataset["runState"] ?? "";
      if (state !== "running" && state !== "idle" && !Number.isNaN(firstOutputMs)) {
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
  // The button, not the sample: a sample taller than the window, centred, leaves its bar off screen.
  button.scrollIntoView({ block: "center", behavior: "instant" });
}

function pythonRunTiming(): Promise<PythonRunTiming> {
  const scope = globalThis as typeof globalThis & { benchPythonRun?: Promise<PythonRunTiming> };
  if (scope.benchPythonRun === undefined) throw new Error("No Run Python was armed.");
  return scope.benchPythonRun;
}

/** Bytes this page fetched over the network for Python's files (a Cache API hit fetches none). */
function pythonBytesFetched(): number {
  return performance
    .getEntriesByType("resource")
    .filter((entry) => new URL(entry.name).pathname.startsWith("/python/"))
    .reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).encodedBodySize, 0);
}

/** A sample with Python, run as it ships. */
interface PythonProgram {
  path: string;
  id: string;
}

/** One request to the practice server, through aiohttp; and a sample that prints at once. */
const firstProgram: PythonProgram = { path: "/en/http-requests/", id: "get-json" };
const nextChapterProgram: PythonProgram = { path: "/en/asyncio-basics/", id: "coroutine-is-lazy" };

async function timedRun(page: BenchPage, program: PythonProgram) {
  const bytesBefore = await page.evaluate(pythonBytesFetched, undefined);
  await page.evaluate(armPythonRun, program.id);
  await page.pointerPress(`[data-sample="${program.id}"] [data-action="run-python"]`);
  const timing = await page.evaluate(pythonRunTiming, undefined);
  return {
    firstOutputMs: Math.round(timing.firstOutputMs),
    doneMs: Math.round(timing.doneMs),
    state: timing.state,
    pythonBytesFetched: (await page.evaluate(pythonBytesFetched, undefined)) - bytesBefore,
  };
}

const median = (values: number[]): number => {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  return sorted.length === 0 ? Number.NaN : (sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN);
};

/** Cold, warm and next-chapter Python runs in fresh profiles; medians over up to three visits. */
export async function pythonRuns(engine: Engine, site: BenchSite) {
  const visits = Math.min(site.pages, 3);
  const cold: Awaited<ReturnType<typeof timedRun>>[] = [];
  const warm: typeof cold = [];
  const nextChapter: typeof cold = [];
  for (let index = 0; index < visits; index += 1) {
    const page = await engine.freshPage();
    try {
      await page.goto(`${site.origin}${firstProgram.path}`);
      cold.push(await timedRun(page, firstProgram));
      warm.push(await timedRun(page, firstProgram));
      await page.goto(`${site.origin}${nextChapterProgram.path}`);
      nextChapter.push(await timedRun(page, nextChapterProgram));
      console.log(
        `bench: ${engine.name} Python cold ${cold.at(-1)?.firstOutputMs} ms, warm ${warm.at(-1)?.firstOutputMs} ms, ` +
          `next chapter ${nextChapter.at(-1)?.firstOutputMs} ms`,
      );
    } finally {
      await page.close();
    }
  }
  const summary = (runs: typeof cold) => ({
    medianPressToFirstOutputMs: median(runs.map((run) => run.firstOutputMs)),
    medianPythonBytesFetched: median(runs.map((run) => run.pythonBytesFetched)),
    runs,
  });
  return {
    firstRunOnFirstVisit: { ...firstProgram, ...summary(cold) },
    nextRunSamePage: { ...firstProgram, ...summary(warm) },
    firstRunNextChapter: { ...nextChapterProgram, ...summary(nextChapter) },
  };
}
