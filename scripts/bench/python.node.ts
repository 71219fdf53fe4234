/**
 * Python in the page, as a learner meets it (issue 21): the first Run Python on a first visit
 * (empty cache: the pointer's reach starts the download, the press runs), the next Run on the same
 * page (after boot), the same page opened again in that profile (a second visit: files from the
 * Cache API), and another chapter in that profile (the page after the first). Each from the press
 * to the progress line and to the first output line, with what the page fetched for Python and the
 * machine's load average while it ran.
 */
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import type { BenchPage, Engine } from "./engines.node.ts";
import { median, type BenchSite } from "./journeys.node.ts";
import { loadNow } from "./load.node.ts";
import { armPythonRun, pythonFetched, pythonRunTiming } from "./python-probes.ts";
import type { PythonManifest } from "../../src/runner/python/python-files.ts";

/** A sample with Python, run as it ships. */
interface PythonProgram {
  path: string;
  id: string;
}

/** One request to the practice server, through aiohttp; and a sample that prints at once. */
const firstProgram: PythonProgram = { path: "/en/http-requests/", id: "get-json" };
const nextChapterProgram: PythonProgram = { path: "/en/asyncio-basics/", id: "coroutine-is-lazy" };

async function timedRun(page: BenchPage, program: PythonProgram) {
  const before = await page.evaluate(pythonFetched, undefined);
  const load = loadNow();
  await page.evaluate(armPythonRun, program.id);
  await page.pointerPress(`[data-sample="${program.id}"] [data-action="run-python"]`);
  const timing = await page.evaluate(pythonRunTiming, undefined);
  const after = await page.evaluate(pythonFetched, undefined);
  return {
    progressShownMs: Math.round(timing.progressShownMs),
    firstOutputMs: Math.round(timing.firstOutputMs),
    doneMs: Math.round(timing.doneMs),
    state: timing.state,
    filesFetched: after.files - before.files,
    transferBytes: after.transferBytes - before.transferBytes,
    encodedBodyBytes: after.encodedBodyBytes - before.encodedBodyBytes,
    fetched: after.entries.slice(before.entries.length),
    loadAverage: load,
  };
}

type TimedRun = Awaited<ReturnType<typeof timedRun>>;

/**
 * What a first visit downloads for Python, from the built files: raw, and every file gzipped (level
 * 6, what a host compressing all on the fly sends; the preview gzips only the JavaScript and JSON;
 * brotli would be smaller, but its best level takes minutes on these files, too slow for a bench).
 */
export function pythonDownloadSize(dist: URL) {
  const manifest = JSON.parse(readFileSync(new URL("python/manifest.json", dist), "utf8")) as PythonManifest;
  if (!manifest.available) return { available: false as const, reason: manifest.reason };
  const files = [...Object.values(manifest.files), manifest.sitePackages].map((file) => {
    const bytes = readFileSync(new URL(`.${file.url}`, dist));
    return { url: file.url, bytes: bytes.length, gzipBytes: gzipSync(bytes).length };
  });
  return {
    available: true as const,
    pyodide: manifest.pyodide,
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
    files,
  };
}

const summary = (runs: TimedRun[]) => ({
  medianPressToProgressShownMs: median(runs.map((run) => run.progressShownMs)),
  medianPressToFirstOutputMs: median(runs.map((run) => run.firstOutputMs)),
  medianTransferBytes: median(runs.map((run) => run.transferBytes)),
  medianLoadAverage: median(runs.map((run) => run.loadAverage * 100)) / 100,
  endStates: [...new Set(runs.map((run) => run.state))],
  runs,
});

/**
 * Cold, after boot, second visit and next chapter, in one fresh profile per visit; medians over
 * `site.pages` visits.
 */
export async function pythonRuns(engine: Engine, site: BenchSite) {
  const cold: TimedRun[] = [];
  const afterBoot: TimedRun[] = [];
  const secondVisit: TimedRun[] = [];
  const nextChapter: TimedRun[] = [];
  for (let index = 0; index < site.pages; index += 1) {
    const page = await engine.freshPage();
    try {
      await page.goto(`${site.origin}${firstProgram.path}`);
      cold.push(await timedRun(page, firstProgram));
      afterBoot.push(await timedRun(page, firstProgram));
      await page.goto(`${site.origin}${firstProgram.path}`);
      secondVisit.push(await timedRun(page, firstProgram));
      await page.goto(`${site.origin}${nextChapterProgram.path}`);
      nextChapter.push(await timedRun(page, nextChapterProgram));
      console.log(
        `bench: ${engine.name} Python cold ${cold.at(-1)?.firstOutputMs} ms, after boot ` +
          `${afterBoot.at(-1)?.firstOutputMs} ms, second visit ${secondVisit.at(-1)?.firstOutputMs} ms, ` +
          `next chapter ${nextChapter.at(-1)?.firstOutputMs} ms (load ${loadNow()})`,
      );
    } finally {
      await page.close();
    }
  }
  return {
    download: pythonDownloadSize(site.dist),
    firstRunOnFirstVisit: { ...firstProgram, ...summary(cold) },
    nextRunSamePage: { ...firstProgram, ...summary(afterBoot) },
    firstRunSecondVisit: { ...firstProgram, ...summary(secondVisit) },
    firstRunNextChapter: { ...nextChapterProgram, ...summary(nextChapter) },
  };
}
