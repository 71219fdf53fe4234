/**
 * What the bench measures, as a learner would meet it, the same way in every engine: the first Run
 * on a fresh page while the WebContainer never answers, warm runs after it, the scripts each step
 * of a visit loads (how fast a lesson page paints is in paint.node.ts).
 */
import type { BenchPage, Engine } from "./engines.node.ts";
import { weigh, type JsWeight } from "./js-sizes.node.ts";
import { storageKeys } from "../../src/learner/storage-keys.ts";
import {
  armPointerRun,
  clickRunAndTime,
  pointerRunTiming,
  resourceCount,
  scriptPaths,
  scrollToSample,
  type RunTiming,
} from "./page-probes.ts";

/** Where the bench runs, and how often. */
export interface BenchSite {
  origin: string;
  dist: URL;
  /** Fresh pages per run figure; the median is reported. */
  pages: number;
  /** Fresh pages per paint figure (paint times on a busy machine scatter more). */
  paintPages: number;
}

/** A sample on a page, run as it ships (unedited). */
export interface Program {
  path: string;
  id: string;
}

/** The middle of `values` (NaN left out), rounded to a millisecond. */
export const median = (values: number[]): number => {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = sorted.length / 2;
  const value =
    sorted.length % 2 === 1
      ? (sorted[Math.floor(middle)] ?? Number.NaN)
      : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return Math.round(value);
};

/** Waits until the page has fetched nothing new for `quietMs` (its lazy chunks have all arrived). */
export async function settle(page: BenchPage, quietMs = 600): Promise<void> {
  let count = -1;
  let since = Date.now();
  for (;;) {
    const now = await page.evaluate(resourceCount, undefined);
    if (now !== count) [count, since] = [now, Date.now()];
    else if (Date.now() - since >= quietMs) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function summarise(timings: RunTiming[]) {
  return {
    medianRunToFirstOutputMs: median(timings.map((timing) => timing.firstOutputMs)),
    medianRunToDoneMs: median(timings.map((timing) => timing.doneMs)),
    runToFirstOutputMs: timings.map((timing) => Math.round(timing.firstOutputMs)),
    endStates: [...new Set(timings.map((timing) => timing.state))],
  };
}

/**
 * The first Run on each of several fresh pages, clicked as soon as the sample is in view (the
 * WebContainer is then still trying to boot, and never will), then one warm Run on the same page;
 * then the page opened again in the same profile (a returning visit: files cached, and the failed
 * boot not remembered yet, since it never ended) and its first Run.
 */
export async function firstAndWarmRuns(engine: Engine, site: BenchSite, program: Program) {
  const first: RunTiming[] = [];
  const warm: RunTiming[] = [];
  const returning: RunTiming[] = [];
  const url = `${site.origin}${program.path}`;
  for (let index = 0; index < site.pages; index += 1) {
    const page = await engine.freshPage();
    try {
      await page.goto(url);
      await page.evaluate(scrollToSample, program.id);
      first.push(await page.evaluate(clickRunAndTime, program.id));
      warm.push(await page.evaluate(clickRunAndTime, program.id));
      await page.goto(url);
      await page.evaluate(scrollToSample, program.id);
      returning.push(await page.evaluate(clickRunAndTime, program.id));
    } finally {
      await page.close();
    }
  }
  return {
    ...program,
    pages: site.pages,
    firstRunOnFreshPage: summarise(first),
    warmRun: summarise(warm),
    firstRunReturningVisit: summarise(returning),
  };
}

/**
 * A visit, step by step, in one profile: the page loading, the first Run of an unedited sample;
 * the same page again as a returning visitor, and once more with the built-in runtime chosen and
 * remembered (what the bench used to report as "before interaction"); then, on a page where
 * nothing ran yet, the first edit (which brings the editor) and a Run of the edited code (which
 * brings the transpiler).
 */
export async function scriptsByStep(engine: Engine, site: BenchSite, program: Program) {
  const page = await engine.freshPage();
  const url = `${site.origin}${program.path}`;
  const editor = `[data-sample="${program.id}"] [data-editor]`;
  const seen = () => page.evaluate(scriptPaths, undefined);
  const since = async (before: string[]): Promise<JsWeight> => {
    await settle(page);
    const now = await seen();
    return weigh(
      site.dist,
      now.filter((path) => !before.includes(path)),
    );
  };
  const preference = (value: string | null) =>
    page.evaluate(
      ([saved, key]) => {
        if (saved === null) localStorage.removeItem(key);
        else localStorage.setItem(key, saved);
      },
      [value, storageKeys.runtime] as const,
    );
  try {
    await page.goto(url);
    const firstVisit = await since([]);
    await page.evaluate(scrollToSample, program.id);
    let before = await seen();
    const run = await page.evaluate(clickRunAndTime, program.id);
    const firstRun = { ...(await since(before)), runEndState: run.state };
    await page.goto(url);
    const returningVisit = await since([]);
    await preference("worker");
    await page.goto(url);
    const returningVisitBuiltInRemembered = await since([]);
    await preference(null);
    await page.goto(url);
    await settle(page);
    before = await seen();
    await page.focus(editor);
    await page.waitFor(`${editor} .cm-content`);
    await page.type("// edited\n");
    const firstEdit = await since(before);
    before = await seen();
    const editedRun = await page.evaluate(clickRunAndTime, program.id);
    const firstEditedRun = { ...(await since(before)), runEndState: editedRun.state };
    return {
      ...program,
      firstVisit,
      firstRun,
      returningVisit,
      returningVisitBuiltInRemembered,
      firstEdit,
      firstEditedRun,
    };
  } finally {
    await page.close();
  }
}

/**
 * Every lesson page as a first visitor meets it before doing anything: the gzipped JS it loads
 * once it has settled, so no page can creep past the budget unseen.
 */
export async function firstVisitScriptsPerPage(engine: Engine, site: BenchSite, paths: string[]) {
  const pages: Record<string, number> = {};
  for (const path of paths) {
    const page = await engine.freshPage();
    try {
      await page.goto(`${site.origin}${path}`);
      await settle(page);
      pages[path] = weigh(site.dist, await page.evaluate(scriptPaths, undefined)).gzipBytes;
    } finally {
      await page.close();
    }
  }
  const largest = Math.max(...Object.values(pages));
  return { largestGzipBytes: largest, pages };
}

/**
 * The first Run on a fresh page of each chapter, pressed with a real pointer (moved onto Run,
 * pressed, released) on the chapter's first sample, timed from the press to the first output line.
 * The pointer's approach is what a learner's hand does, so whatever the page starts on it (such as
 * fetching the runtime) counts as it would for them.
 */
export async function firstRunPerChapterWithPointer(
  engine: Engine,
  site: BenchSite,
  paths: readonly string[],
) {
  const chapters: { path: string; sample: string; firstOutputMs: number; state: string }[] = [];
  for (const path of paths) {
    const page = await engine.freshPage();
    try {
      await page.goto(`${site.origin}${path}`);
      const sample = await page.evaluate(armPointerRun, undefined);
      if (sample === "") continue;
      await page.pointerPress(`[data-sample="${sample}"] [data-action="run"]`);
      const timing = await page.evaluate(pointerRunTiming, undefined);
      console.log(`bench: ${engine.name} ${path} ${sample}: ${Math.round(timing.firstOutputMs)} ms`);
      chapters.push({ path, sample, firstOutputMs: Math.round(timing.firstOutputMs), state: timing.state });
    } finally {
      await page.close();
    }
  }
  const figures = chapters.map((chapter) => chapter.firstOutputMs);
  return {
    medianPressToFirstOutputMs: median(figures),
    worstPressToFirstOutputMs: Math.max(...figures),
    chapters,
  };
}
