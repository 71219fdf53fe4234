/**
 * How fast a lesson page paints next to its plain twin (the same prose without samples), on fresh
 * phone-sized pages: first and largest contentful paint, total blocking time, elements and HTML.
 */
import type { Engine } from "./engines.node.ts";
import { htmlGzipBytes } from "./js-sizes.node.ts";
import { median, type BenchSite } from "./journeys.node.ts";
import { elementCount, largestContentfulPaint } from "./page-probes.ts";
import { firstPaintAndBlocking } from "./paint-probes.ts";

/**
 * The page is quiet once this long has passed with no long task, the quiet window Lighthouse's
 * time to interactive waits for; total blocking time is summed up to then.
 */
export const quietMs = 5_000;

async function paintOnce(engine: Engine, site: BenchSite, path: string) {
  const page = await engine.freshPage({ mobile: true, cpuSlowdown: 4 });
  try {
    await page.goto(`${site.origin}${path}`);
    const largest = await page.evaluate(largestContentfulPaint, undefined);
    const blocking = await page.evaluate(firstPaintAndBlocking, { quietMs, limitMs: 30_000 });
    return { ...largest, ...blocking, elements: await page.evaluate(elementCount, undefined) };
  } finally {
    await page.close();
  }
}

type Kind = "lesson" | "plain";

/**
 * Paint figures of a lesson and of its plain twin, on fresh phone-sized pages, taken in turns
 * (lesson, plain, lesson, ...) so that whatever else the machine is doing weighs on both alike;
 * the median of the pairs' differences is the comparison.
 */
export async function paint(engine: Engine, site: BenchSite, lessonPath: string, plainPath: string) {
  const results = { lesson: [], plain: [] } as Record<Kind, Awaited<ReturnType<typeof paintOnce>>[]>;
  for (let index = 0; index < site.paintPages; index += 1) {
    for (const [kind, path] of [
      ["lesson", lessonPath],
      ["plain", plainPath],
    ] as const) {
      results[kind].push(await paintOnce(engine, site, path));
    }
  }
  const lcp = (kind: Kind) => results[kind].map((result) => result.ms);
  const describe = (kind: Kind, path: string) => {
    const runs = results[kind];
    const tbt = runs.map((result) => result.tbtMs);
    const known = tbt.filter((ms): ms is number => ms !== null);
    return {
      path,
      medianLcpMs: median(lcp(kind)),
      lcpMs: lcp(kind).map(Math.round),
      lcpElements: [...new Set(runs.map((result) => result.element))],
      medianFcpMs: median(runs.map((result) => result.fcpMs)),
      fcpMs: runs.map((result) => Math.round(result.fcpMs)),
      // Null where the engine cannot tell, with the reason beside it.
      medianTbtMs: known.length === 0 ? null : median(known),
      worstTbtMs: known.length === 0 ? null : Math.round(Math.max(...known)),
      tbtMs: tbt.map((ms) => (ms === null ? null : Math.round(ms))),
      longTasks: runs.map((result) => result.longTasks),
      ...(runs[0]?.tbtUnknownBecause === undefined ? {} : { tbtUnknownBecause: runs[0].tbtUnknownBecause }),
      elements: runs.at(-1)?.elements ?? Number.NaN,
      htmlGzipBytes: htmlGzipBytes(site.dist, path),
    };
  };
  const plain = lcp("plain");
  return {
    cpuSlowdown: engine.throttlesCpu ? 4 : 1,
    lessonPage: describe("lesson", lessonPath),
    plainPage: describe("plain", plainPath),
    medianLessonMinusPlainMs: median(lcp("lesson").map((ms, index) => ms - (plain[index] ?? Number.NaN))),
  };
}
