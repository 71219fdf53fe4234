/**
 * How many WebContainers a learner's visit boots: each chapter is its own page, so a boot that a
 * chapter starts is a cold boot (about 10 s of download and CPU) and, where StackBlitz meters them,
 * a session. One profile walks five chapters twice over: reading each to its end, then running the
 * first sample of each with a real pointer. A boot is counted when the page has made the runtime's
 * frame, which the real API does on `WebContainer.boot()` even though the hosts never answer here.
 */
import type { BenchPage, Engine } from "./engines.node.ts";
import { settle, type BenchSite } from "./journeys.node.ts";
import {
  armPointerRun,
  centre,
  containerFrames,
  pointerRunTiming,
  readThrough,
  runtimeStatus,
} from "./page-probes.ts";

/**
 * How long a page may take to make the runtime's frame once it has gone quiet: a boot waits for a
 * first Run to answer (3 s at most), then asks other tabs (150 ms), then loads the API.
 */
const frameWithinMs = 5_000;

async function framesMade(page: BenchPage): Promise<number> {
  await settle(page);
  const deadline = Date.now() + frameWithinMs;
  for (;;) {
    const frames = await page.evaluate(containerFrames, undefined);
    if (frames > 0 || Date.now() >= deadline) return frames;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function visit(engine: Engine, site: BenchSite, paths: readonly string[], runOne: boolean) {
  const page = await engine.freshPage();
  const chapters: { path: string; ran: string; boots: number; status: string }[] = [];
  try {
    for (const path of paths) {
      await page.goto(`${site.origin}${path}`);
      await page.evaluate(readThrough, undefined);
      let ran = "";
      if (runOne) {
        ran = await page.evaluate(armPointerRun, undefined);
        if (ran !== "") {
          const run = `[data-sample="${ran}"] [data-action="run"]`;
          // The pointer's approach starts below the button: a tall sample can leave it at the foot.
          await page.evaluate(centre, run);
          await page.pointerPress(run);
          await page.evaluate(pointerRunTiming, undefined);
        }
      }
      const boots = await framesMade(page);
      // Why a page did not boot, when it did not (such as a failure remembered from an earlier one).
      chapters.push({ path, ran, boots, status: await page.evaluate(runtimeStatus, undefined) });
    }
  } finally {
    await page.close();
  }
  return { boots: chapters.reduce((sum, chapter) => sum + chapter.boots, 0), chapters };
}

/**
 * Boots in one five-chapter visit, read only and with one Run per chapter.
 *
 * @example await bootsPerFiveChapterVisit(engine, site, chapterPaths.slice(0, 5))
 */
export async function bootsPerFiveChapterVisit(engine: Engine, site: BenchSite, paths: readonly string[]) {
  if (paths.length !== 5) throw new TypeError(`Expected five chapter paths, got ${paths.length}.`);
  const reading = await visit(engine, site, paths, false);
  console.log(`bench: ${engine.name} boots reading five chapters: ${reading.boots}`);
  const runningOneSampleEach = await visit(engine, site, paths, true);
  console.log(`bench: ${engine.name} boots running one sample in each: ${runningOneSampleEach.boots}`);
  return { reading, runningOneSampleEach };
}
