/**
 * How fast a lesson page paints next to two references, on fresh phone-sized pages: its plain twin
 * (the same built page without samples) and a Starlight page of the same prose (issue 22). First and
 * largest contentful paint, total blocking time, elements, HTML and JS before interaction.
 */
import type { Engine } from "./engines.node.ts";
import { htmlGzipBytes, inlineScriptGzipBytes, weigh } from "./js-sizes.node.ts";
import { median, settle, type BenchSite } from "./journeys.node.ts";
import { elementCount, largestContentfulPaint, scriptPaths } from "./page-probes.ts";
import { firstPaintAndBlocking } from "./paint-probes.ts";
import { loadNow } from "./load.node.ts";

/**
 * The page is quiet once this long has passed with no long task, the quiet window Lighthouse's
 * time to interactive waits for; total blocking time is summed up to then.
 */
export const quietMs = 5_000;

async function paintOnce(engine: Engine, site: BenchSite, path: string) {
  const page = await engine.freshPage({ mobile: true, cpuSlowdown: 4 });
  try {
    const loadAverage = loadNow();
    await page.goto(`${site.origin}${path}`);
    const largest = await page.evaluate(largestContentfulPaint, undefined);
    const blocking = await page.evaluate(firstPaintAndBlocking, { quietMs, limitMs: 30_000 });
    await settle(page);
    return {
      ...largest,
      ...blocking,
      elements: await page.evaluate(elementCount, undefined),
      jsGzipBytes: weigh(site.dist, await page.evaluate(scriptPaths, undefined)).gzipBytes,
      loadAverage,
    };
  } finally {
    await page.close();
  }
}

/** The pages compared, by the name each goes by in the report. */
export interface PaintPages {
  lesson: string;
  plain: string;
  starlight: string;
}

type Kind = keyof PaintPages;
type PaintRun = Awaited<ReturnType<typeof paintOnce>>;

/** Our figure over Starlight's, to two places; null where Starlight's is zero. */
const ratio = (ours: number, theirs: number): number | null =>
  theirs === 0 ? null : Math.round((ours / theirs) * 100) / 100;

/** Each load's total blocking time, rounded, with their median and worst; null where unknown. */
export function blockingFigures(runs: readonly { tbtMs: number | null }[]) {
  const known = runs.map((run) => run.tbtMs).filter((ms): ms is number => ms !== null);
  return {
    medianTbtMs: known.length === 0 ? null : median(known),
    worstTbtMs: known.length === 0 ? null : Math.round(Math.max(...known)),
    tbtMs: runs.map((run) => (run.tbtMs === null ? null : Math.round(run.tbtMs))),
  };
}

function describe(site: BenchSite, runs: PaintRun[], path: string) {
  const js = runs.map((result) => result.jsGzipBytes);
  return {
    path,
    medianLcpMs: median(runs.map((result) => result.ms)),
    lcpMs: runs.map((result) => Math.round(result.ms)),
    lcpElements: [...new Set(runs.map((result) => result.element))],
    medianFcpMs: median(runs.map((result) => result.fcpMs)),
    fcpMs: runs.map((result) => Math.round(result.fcpMs)),
    // Null where the engine cannot tell, with the reason beside it.
    ...blockingFigures(runs),
    longTasks: runs.map((result) => result.longTasks),
    ...(runs[0]?.tbtUnknownBecause === undefined ? {} : { tbtUnknownBecause: runs[0].tbtUnknownBecause }),
    elements: runs.at(-1)?.elements ?? Number.NaN,
    htmlGzipBytes: htmlGzipBytes(site.dist, path),
    // What loaded before any interaction, fetched files once the page settled (the most seen).
    jsGzipBytesBeforeInteraction: Math.max(...js),
    inlineScriptGzipBytes: inlineScriptGzipBytes(site.dist, path),
    medianLoadAverage: median(runs.map((result) => result.loadAverage * 100)) / 100,
  };
}

/**
 * Paint figures of a lesson, its plain twin and its Starlight twin, on fresh phone-sized pages,
 * taken in turns (lesson, plain, Starlight, lesson, ...) so that whatever else the machine is doing
 * weighs on all alike; the medians of the differences within each turn are the comparisons.
 */
export async function paint(engine: Engine, site: BenchSite, pages: PaintPages) {
  const results: Record<Kind, PaintRun[]> = { lesson: [], plain: [], starlight: [] };
  for (let index = 0; index < site.paintPages; index += 1) {
    for (const kind of ["lesson", "plain", "starlight"] as const)
      results[kind].push(await paintOnce(engine, site, pages[kind]));
    const last = (kind: Kind) => Math.round(results[kind].at(-1)?.ms ?? Number.NaN);
    console.log(
      `bench: ${engine.name} LCP lesson ${last("lesson")} ms, plain ${last("plain")} ms, ` +
        `Starlight ${last("starlight")} ms (load ${loadNow()})`,
    );
  }
  const lesson = describe(site, results.lesson, pages.lesson);
  const plain = describe(site, results.plain, pages.plain);
  const starlight = describe(site, results.starlight, pages.starlight);
  const pairedDifference = (pick: (run: PaintRun) => number, other: Kind) =>
    median(results.lesson.map((run, index) => pick(run) - pick(results[other][index] ?? run)));
  return {
    cpuSlowdown: engine.throttlesCpu ? 4 : 1,
    lessonPage: lesson,
    plainPage: plain,
    starlightPage: starlight,
    medianLessonMinusPlainMs: pairedDifference((run) => run.ms, "plain"),
    medianLessonMinusStarlightLcpMs: pairedDifference((run) => run.ms, "starlight"),
    medianLessonMinusStarlightFcpMs: pairedDifference((run) => run.fcpMs, "starlight"),
    lessonOverStarlight: {
      lcp: ratio(lesson.medianLcpMs, starlight.medianLcpMs),
      fcp: ratio(lesson.medianFcpMs, starlight.medianFcpMs),
      tbt:
        lesson.medianTbtMs === null || starlight.medianTbtMs === null
          ? null
          : ratio(lesson.medianTbtMs, starlight.medianTbtMs),
      htmlGzipBytes: ratio(lesson.htmlGzipBytes, starlight.htmlGzipBytes),
      elements: ratio(lesson.elements, starlight.elements),
      jsGzipBytesBeforeInteraction: ratio(
        lesson.jsGzipBytesBeforeInteraction,
        starlight.jsGzipBytesBeforeInteraction,
      ),
      inlineScriptGzipBytes: ratio(lesson.inlineScriptGzipBytes, starlight.inlineScriptGzipBytes),
    },
  };
}
