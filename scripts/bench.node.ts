/**
 * `npm run bench`: builds the site, serves it, and drives Chromium (Playwright) and Firefox
 * (puppeteer-core) to write reports/bench.json (reports/bench-<name>.json with BENCH_ONLY=<name>): per
 * engine, the first Run on a fresh page while the WebContainer never answers, warm runs, the scripts each
 * step of a visit loads (and an exercise's first Run), Run Python cold and warm, and the first and
 * largest contentful paint and total blocking time of a lesson page beside the same prose with no
 * samples. Figures, not pass/fail: that is what tests are for. It is slow, so it is not part of
 * `npm test`.
 *
 * BENCH_PORT picks the preview port (4455); BENCH_NO_BUILD=1 reuses an existing dist/;
 * BENCH_ENGINES=chromium (or firefox) drives one engine; BENCH_ONLY=runs measures only the runs, not the
 * scripts and paint (which take most of the time); BENCH_ONLY=hostile measures only the longest
 * main-thread stall while hostile programs run; BENCH_ONLY=python times Run Python (first visit, after
 * boot, second visit, next chapter); BENCH_ONLY=exercise measures only the scripts an exercise's first
 * Run loads; BENCH_ONLY=boots counts only the WebContainer boots of a five-chapter visit;
 * BENCH_ONLY=paint measures only how the lesson page and its plain twin paint; BENCH_ONLY=tasks runs only
 * the programs of 1k, 10k and 100k tasks; BENCH_PAGES sets the pages per figure.
 */
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { launchChromium, launchFirefox, type Engine, type LaunchOptions } from "./bench/engines.node.ts";
import {
  firstAndWarmRuns,
  firstRunPerChapterWithPointer,
  firstVisitScriptsPerPage,
  scriptsByStep,
  type BenchSite,
} from "./bench/journeys.node.ts";
import { paint, quietMs } from "./bench/paint.node.ts";
import { manyTaskGoals, manyTaskRuns, taskCounts } from "./bench/many-tasks.node.ts";
import { hostileStalls, smallHeapMb, stallGoalMs, type LaunchWithHeap } from "./bench/hostile.node.ts";
import { exerciseFirstRunScripts } from "./bench/exercise-scripts.node.ts";
import { bootsPerFiveChapterVisit } from "./bench/boots.node.ts";
import { localeCodes } from "../src/i18n/locales.ts";
import publishedSlugs from "../src/content/published-slugs.json" with { type: "json" };
import { writePlainPage } from "./bench/plain-page.node.ts";
import { pythonRuns } from "./bench/python.node.ts";

const port = Number(process.env["BENCH_PORT"] ?? 4455);
const root = new URL("../", import.meta.url);
const site: BenchSite = {
  origin: `http://localhost:${port}`,
  dist: new URL("dist/", root),
  pages: Number(process.env["BENCH_PAGES"] ?? 5),
  paintPages: 9,
};
/** A sample that prints at once, and one whose first line waits for one request. */
const trivial = { path: "/en/asyncio-basics/", id: "coroutine-is-lazy" };
const oneRequest = { path: "/en/aiohttp/", id: "client-get-text" };
const lesson = { path: "/en/using-asyncio/", id: "await-one" };
/** An exercise whose starting code ends quickly, on the page with every exercise. */
const exercise = { path: "/en/practice/", id: "resolve-later" };
/** Every published page in every language, for the per-page "before interaction" budget. */
/** The chapters with samples, in English, for the first Run pressed with a pointer. */
const chapterPaths = publishedSlugs.slugs
  .filter((slug) => slug !== "cheat-sheet" && slug !== "run-python")
  .map((slug) => `/en/${slug}/`);
/** A visit: the first five chapters, in the course's order. */
const fiveChapters = chapterPaths.slice(0, 5);
const lessonPaths = localeCodes.flatMap((lang) => publishedSlugs.slugs.map((slug) => `/${lang}/${slug}/`));

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: "inherit" });
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} failed`)),
    );
  });
}

async function serve(): Promise<() => void> {
  // Astro's own entry under this Node, not `npx`: killing npx would leave its astro child serving.
  const astro = new URL("node_modules/astro/bin/astro.mjs", root);
  const server = spawn(
    process.execPath,
    [fileURLToPath(astro), "preview", "--port", String(port), "--host", "localhost", "--force"],
    { cwd: root, stdio: "ignore" },
  );
  for (let attempt = 0; attempt < 120; attempt += 1) {
    try {
      if ((await fetch(`${site.origin}/en/`)).ok) return () => server.kill();
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  server.kill();
  throw new Error(`astro preview did not start on port ${port}; is the port taken? Set BENCH_PORT.`);
}

const runsOnly = process.env["BENCH_ONLY"] === "runs";
const hostileOnly = process.env["BENCH_ONLY"] === "hostile";
const exerciseOnly = process.env["BENCH_ONLY"] === "exercise";
const pythonOnly = process.env["BENCH_ONLY"] === "python";
const bootsOnly = process.env["BENCH_ONLY"] === "boots";
const paintOnly = process.env["BENCH_ONLY"] === "paint";
const tasksOnly = process.env["BENCH_ONLY"] === "tasks";
const engineNames = (process.env["BENCH_ENGINES"] ?? "chromium,firefox").split(",");

async function measure(engine: Engine, plainPath: string, launchWithHeap: LaunchWithHeap) {
  console.log(`bench: ${engine.name} ${engine.version}`);
  if (hostileOnly)
    return { version: engine.version, hostile: await hostileStalls(engine, site, lesson, launchWithHeap) };
  if (pythonOnly) return { version: engine.version, python: await pythonRuns(engine, site) };
  if (bootsOnly)
    return {
      version: engine.version,
      bootsPerVisit: await bootsPerFiveChapterVisit(engine, site, fiveChapters),
    };
  if (tasksOnly) return { version: engine.version, manyTasks: await manyTaskRuns(engine, site, lesson) };
  if (paintOnly) return { version: engine.version, paint: await paintFigures(engine, plainPath) };
  if (exerciseOnly)
    return {
      version: engine.version,
      exerciseFirstRun: await exerciseFirstRunScripts(engine, site, exercise),
    };
  const runs = {
    version: engine.version,
    trivialProgram: await firstAndWarmRuns(engine, site, trivial),
    oneRequestProgram: await firstAndWarmRuns(engine, site, oneRequest),
    firstRunPerChapterWithPointer: await firstRunPerChapterWithPointer(engine, site, chapterPaths),
  };
  if (runsOnly) return runs;
  return {
    ...runs,
    hostile: await hostileStalls(engine, site, lesson, launchWithHeap),
    manyTasks: await manyTaskRuns(engine, site, lesson),
    python: await pythonRuns(engine, site),
    bootsPerVisit: await bootsPerFiveChapterVisit(engine, site, fiveChapters),
    scripts: await scriptsByStep(engine, site, lesson),
    exerciseFirstRun: await exerciseFirstRunScripts(engine, site, exercise),
    everyLessonPageFirstVisit: await firstVisitScriptsPerPage(engine, site, lessonPaths),
    paint: await paintFigures(engine, plainPath),
  };
}

async function paintFigures(engine: Engine, plainPath: string) {
  return { viewport: "412 x 823 at 1.75x", ...(await paint(engine, site, lesson.path, plainPath)) };
}

/** Every many-task program within its goals (first line, result drawn, longest frame). */
function manyTasksGoals(manyTasks: Awaited<ReturnType<typeof manyTaskRuns>>) {
  return { manyTasksWithinGoals: Object.values(manyTasks).every((program) => program.withinGoals) };
}

/** Paint goals: no blocking time on the lesson page, and paints no later than its twin's. */
function paintGoals(paint: Awaited<ReturnType<typeof paintFigures>>) {
  const { lessonPage, plainPage } = paint;
  return {
    lcpAtMostPlainPage: lessonPage.medianLcpMs <= plainPage.medianLcpMs,
    fcpAtMostPlainPage: lessonPage.medianFcpMs <= plainPage.medianFcpMs,
    // Null where the engine cannot measure it (Firefox): unknown, neither met nor missed.
    tbtZero: lessonPage.worstTbtMs === null ? null : lessonPage.worstTbtMs === 0,
  };
}

type EngineReport = Awaited<ReturnType<typeof measure>>;

/** The goals, read off the figures (the figures stay the point). */
function goals(report: EngineReport) {
  const python =
    "python" in report
      ? {
          pythonFirstRunWithin6s: report.python.firstRunOnFirstVisit.medianPressToFirstOutputMs <= 6_000,
          pythonRunAfterBootWithin300Ms: report.python.nextRunSamePage.medianPressToFirstOutputMs <= 300,
          pythonFirstRunShowsProgress: report.python.firstRunOnFirstVisit.runs.every(
            (run) => !Number.isNaN(run.progressShownMs) && run.progressShownMs < run.firstOutputMs,
          ),
        }
      : {};
  const hostile =
    "hostile" in report
      ? {
          ...python,
          mainThreadNeverStallsOver200Ms: Object.values(report.hostile).every(
            (program) => "withinGoal" in program && program.withinGoal,
          ),
        }
      : python;
  if ("paint" in report && !("trivialProgram" in report)) return paintGoals(report.paint);
  if ("manyTasks" in report && !("trivialProgram" in report)) return manyTasksGoals(report.manyTasks);
  if ("bootsPerVisit" in report && !("trivialProgram" in report))
    return { readingBootsNothing: report.bootsPerVisit.reading.boots === 0 };
  if (!("trivialProgram" in report))
    return "exerciseFirstRun" in report
      ? { ...hostile, exerciseRunLoadsNoZod: report.exerciseFirstRun.scriptsWithZod.length === 0 }
      : hostile;
  const firstRun = {
    ...hostile,
    firstRunWithin300Ms: {
      trivial: report.trivialProgram.firstRunOnFreshPage.medianRunToFirstOutputMs <= 300,
      oneRequest: report.oneRequestProgram.firstRunOnFreshPage.medianRunToFirstOutputMs <= 300,
      trivialReturning: report.trivialProgram.firstRunReturningVisit.medianRunToFirstOutputMs <= 300,
      oneRequestReturning: report.oneRequestProgram.firstRunReturningVisit.medianRunToFirstOutputMs <= 300,
      everyChapterWithPointer: report.firstRunPerChapterWithPointer.worstPressToFirstOutputMs <= 300,
    },
  };
  if (!("scripts" in report)) return firstRun;
  return {
    ...firstRun,
    warmRunWithin100Ms: {
      trivial: report.trivialProgram.warmRun.medianRunToFirstOutputMs <= 100,
      oneRequest: report.oneRequestProgram.warmRun.medianRunToFirstOutputMs <= 100,
    },
    firstRunJsAtMost60Kb: report.scripts.firstRun.gzipBytes <= 60_000,
    exerciseRunLoadsNoZod: report.exerciseFirstRun.scriptsWithZod.length === 0,
    readingBootsNothing: report.bootsPerVisit.reading.boots === 0,
    everyLessonPageUnder30KbBeforeInteraction: report.everyLessonPageFirstVisit.largestGzipBytes < 30_000,
    ...paintGoals(report.paint),
    ...manyTasksGoals(report.manyTasks),
  };
}

async function main(): Promise<void> {
  if (process.env["BENCH_NO_BUILD"] !== "1") await run("npm", ["run", "build"]);
  const plainPath = writePlainPage(site.dist, lesson.path);
  const stop = await serve();
  const engines: Record<string, unknown> = {};
  try {
    const launchers: Record<string, (options?: LaunchOptions) => Promise<Engine | string>> = {
      chromium: launchChromium,
      firefox: launchFirefox,
    };
    for (const [name, launch] of Object.entries(launchers)) {
      if (!engineNames.includes(name)) continue;
      const engine = await launch();
      if (typeof engine === "string") {
        console.log(`bench: skipping ${launch.name}: ${engine}`);
        engines[name] = { skipped: engine };
        continue;
      }
      try {
        const report = await measure(engine, plainPath, (heapMb) => launch({ heapMb }));
        engines[engine.name] = { ...report, goals: goals(report) };
      } finally {
        await engine.close();
      }
    }
  } finally {
    stop();
  }
  const report = {
    date: new Date().toISOString(),
    // The machine is shared: its one-, five- and fifteen-minute load averages when the bench ended.
    loadAverageAtEnd: loadavg().map((load) => Math.round(load * 100) / 100),
    cores: availableParallelism(),
    webContainer:
      "unreachable as learners meet it: its hosts never answer (in both engines a proxy auto-config " +
      "points them at a local proxy that accepts and never replies)",
    firstRun: `the first Run on a fresh profile, clicked as soon as the sample is in view; median of ${site.pages} pages`,
    firstRunReturningVisit:
      "the first Run on the same page opened again in the same profile (its files cached), clicked as soon as the sample is in view",
    warmRun: "the next Run on the same page, in the built-in runtime",
    firstRunPerChapterWithPointer:
      "the first Run on a fresh page of each chapter (its first sample), pressed with a real pointer " +
      "(moved onto Run, pressed, released), from the press to the first output line",
    scripts: "gzipped sizes of the built files each step fetched (same-origin .js)",
    python:
      "Run Python pressed with a real pointer (its reach starts the download), from the press to the progress " +
      "line and to the first output line: on a first visit (fresh profile, empty cache), again on the same page " +
      "(after boot), on the same page opened again in that profile (a second visit: files from the Cache API) " +
      "and on another chapter in that profile (the page after the first); with what the page fetched under " +
      "/python/ (transferBytes: over the network, headers included; the preview gzips the JavaScript and JSON " +
      "but not the WebAssembly or the zips; download.gzipBytes: every file gzipped, as a host that gzips all " +
      "would send them), and the one-minute load average at each press",
    bootsPerVisit:
      `WebContainer boots (runtime frames made) in one profile's visit to ${fiveChapters.join(", ")}: ` +
      "reading each to its end, then running each chapter's first sample with a real pointer",
    exerciseFirstRun:
      "gzipped JS an exercise's first Run fetched on a fresh page, the verdict chunk alone, and the fetched scripts that hold zod (goal: none)",
    everyLessonPageFirstVisit:
      "gzipped JS each published page (both languages) loads on a fresh profile before any interaction",
    hostile:
      `the page's longest main-thread stall (a 10 ms heartbeat's longest gap) from Run until the result ` +
      `is drawn, per hostile program on ${site.pages} fresh pages in the built-in runtime; goal ${stallGoalMs} ms. ` +
      "A program that never ends by itself is stopped with Stop once it prints (the stall runs through Stop); " +
      `out of memory runs in a browser started with a ${smallHeapMb} MB JavaScript heap`,
    manyTasks:
      `programs that start ${taskCounts.join(", ")} timers, print a line, await them all and print a last ` +
      `line, in the built-in runtime, run twice on ${site.pages} fresh pages (figures from the second runs): ` +
      "from the program's first print to its line shown, from its last print to the run ended and its " +
      "timeline chart drawn, and the longest gap between animation frames from Run until then; goals " +
      `${manyTaskGoals.firstLineAfterPrintMs}, ${manyTaskGoals.programEndToDrawnMs} and ` +
      `${manyTaskGoals.longestFrameMs} ms`,
    paint:
      `first and largest contentful paint on a fresh phone-sized page, median of ${site.paintPages} pages, ` +
      "and total blocking time: over the Long Tasks API's tasks after first contentful paint, each one's " +
      `time past 50 ms, until ${quietMs} ms pass with no long task (Chromium; Firefox reports no long ` +
      "tasks, so null) " +
      "(CPU slowed 4x in Chromium, as Lighthouse's mobile " +
      "preset does; Firefox has no CPU throttling); the plain page is the same built lesson with its samples " +
      "removed, standing in for a Starlight page of the same prose",
    engines,
  };
  mkdirSync(new URL("reports/", root), { recursive: true });
  // A partial run writes a report of its own, so it never overwrites a whole one.
  const only = process.env["BENCH_ONLY"];
  const name = only === undefined || only === "" ? "bench.json" : `bench-${only}.json`;
  writeFileSync(new URL(`reports/${name}`, root), `${JSON.stringify(report, null, 2)}\n`);
  console.log(JSON.stringify(report, null, 2));
}

await main();
