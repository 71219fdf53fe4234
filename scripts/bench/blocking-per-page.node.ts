/**
 * Total blocking time on every chapter, not only the lesson the paint figures compare (issue 22:
 * "TBT 0 on every chapter"): each page loaded fresh a few times, phone-sized, with the CPU slowed
 * as for the paint figures, and its long tasks after first contentful paint summed until it is quiet.
 * Only an engine with the Long Tasks API can tell; the caller asks Chromium.
 */
import type { Engine } from "./engines.node.ts";
import type { BenchSite } from "./journeys.node.ts";
import { loadNow } from "./load.node.ts";
import { firstPaintAndBlocking } from "./paint-probes.ts";
import { blockingFigures, quietMs } from "./paint.node.ts";

async function blockingOnce(engine: Engine, site: BenchSite, path: string) {
  const page = await engine.freshPage({ mobile: true, cpuSlowdown: 4 });
  try {
    await page.goto(`${site.origin}${path}`);
    return await page.evaluate(firstPaintAndBlocking, { quietMs, limitMs: 30_000 });
  } finally {
    await page.close();
  }
}

/** Each page's blocking time over `loads` fresh loads, and the worst of every page. */
export async function blockingPerPage(
  engine: Engine,
  site: BenchSite,
  paths: readonly string[],
  loads: number,
) {
  const pages = [];
  for (const path of paths) {
    const runs = [];
    for (let index = 0; index < loads; index += 1) runs.push(await blockingOnce(engine, site, path));
    const figures = blockingFigures(runs);
    pages.push({ path, ...figures, longTasks: runs.map((run) => run.longTasks) });
    console.log(`bench: ${engine.name} blocking ${path} ${figures.tbtMs.join(", ")} ms (load ${loadNow()})`);
  }
  const worst = pages.map((page) => page.worstTbtMs).filter((ms): ms is number => ms !== null);
  return {
    loadsPerPage: loads,
    worstTbtMs: worst.length === 0 ? null : Math.max(...worst),
    worstPage: [...pages].sort((a, b) => (b.worstTbtMs ?? -1) - (a.worstTbtMs ?? -1))[0]?.path ?? null,
    pages,
  };
}
