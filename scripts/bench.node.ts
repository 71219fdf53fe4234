/**
 * `npm run bench`: builds the site, serves it, and drives Chromium (Playwright) and Firefox
 * (puppeteer-core) to write reports/bench.json (reports/bench-<name>.json with BENCH_ONLY=<name>): per
 * engine, the first Run on a fresh page while the WebContainer never answers, warm runs, the scripts each
 * step of a visit loads (and an exercise's first Run), Run Python cold and warm, and the first and
 * largest contentful paint, total blocking time, elements, HTML and JS of a lesson page beside the same
 * page with no samples and a Starlight page of the same prose (built by the bench in
 * bench/starlight-twin/, installed with `npm ci` on first use); and what each added page costs to build,
 * ours and Starlight's. Figures, not pass/fail: that is what tests are for. It is slow, so it is not part
 * of `npm test`.
 *
 * BENCH_PORT picks the preview port (4455); BENCH_NO_BUILD=1 reuses an existing dist/;
 * BENCH_ENGINES=chromium (or firefox) drives one engine; BENCH_ONLY=runs measures only the runs, not the
 * scripts and paint (which take most of the time); BENCH_ONLY=hostile measures only the longest
 * main-thread stall while hostile programs run; BENCH_ONLY=python times Run Python (first visit, after
 * boot, second visit, next chapter); BENCH_ONLY=exercise measures only the scripts an exercise's first
 * Run loads; BENCH_ONLY=boots counts only the WebContainer boots of a five-chapter visit;
 * BENCH_ONLY=paint measures only how the lesson page and its plain and Starlight twins paint (and, in
 * Chromium, every chapter's blocking time);
 * BENCH_ONLY=tasks runs only the programs of 1k, 10k and 100k tasks; BENCH_ONLY=build times only the
 * builds per added page, ours and Starlight's, cold and warm (BENCH_BUILD_COPIES copies of the
 * chapter, 13, in BENCH_BUILD_ROUNDS rounds, 2); BENCH_PAGES sets the pages per figure. Every run then
 * folds what it measured into bench/figures.json and README.md's figures (scripts/bench/figures-file.node.ts).
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
import { paint, type PaintPages } from "./bench/paint.node.ts";
import { blockingPerPage } from "./bench/blocking-per-page.node.ts";
import { buildTwin, installTwin, serveTwinFrom, twinVersions } from "./bench/starlight-twin.node.ts";
import { figureDescriptions } from "./bench/descriptions.ts";
import { buildScaling } from "./bench/build-scaling.node.ts";
import { manyTaskRuns } from "./bench/many-tasks.node.ts";
import { hostileStalls, type LaunchWithHeap } from "./bench/hostile.node.ts";
import { exerciseFirstRunScripts } from "./bench/exercise-scripts.node.ts";
import { bootsPerFiveChapterVisit } from "./bench/boots.node.ts";
import { localeCodes } from "../src/i18n/locales.ts";
import publishedSlugs from "../src/content/published-slugs.json" with { type: "json" };
import { writePlainPage } from "./bench/plain-page.node.ts";
import { pythonRuns } from "./bench/python.node.ts";
import { recordFigures } from "./bench/figures-file.node.ts";

const port = Number(process.env["BENCH_PORT"] ?? 4455);
const root = new URL("../", import.meta.url);
const site: BenchSite = {
  origin: `http://localhost:${port}`,
  dist: new URL("dist/", root),
  pages: Number(process.env["BENCH_PAGES"] ?? 5),
  paintPages: Number(process.env["BENCH_PAGES"] ?? 9),
};
/** A sample that prints at once, and one whose first line waits for one request. */
const trivial = { path: "/en/asyncio-basics/", id: "coroutine-is-lazy" };
const oneRequest = { path: "/en/aiohttp/", id: "client-get-text" };
const lesson = { path: "/en/using-asyncio/", id: "await-one" };
/** The lesson's chapter, which the Starlight twin and the build figures are made from. */
const lessonSlug = "using-asyncio";
/** An exercise whose starting code ends quickly, on the page with every exercise. */
const exercise = { path: "/en/practice/", id: "resolve-later" };
/** Every published page in every language, for the per-page "before interaction" budget. */
/** The chapters with samples, in English, for the first Run pressed with a pointer. */
const chapterPaths = publishedSlugs.slugs
  .filter((slug) => slug !== "cheat-sheet" && slug !== "run-python")
  .map((slug) => `/en/${slug}/`);
/** A visit: the first five chapters, in the course's order. */
const fiveChapters = chapterPaths.slice(0, 5);
/** Every chapter in English (the Chinese pages are built from the same components). */
const everyChapter = publishedSlugs.slugs.map((slug) => `/en/${slug}/`);
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

async function measure(engine: Engine, pages: PaintPages, launchWithHeap: LaunchWithHeap) {
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
  if (paintOnly) return { version: engine.version, paint: await paintFigures(engine, pages) };
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
    paint: await paintFigures(engine, pages),
  };
}

async function paintFigures(engine: Engine, pages: PaintPages) {
  const figures = { viewport: "412 x 823 at 1.75x", ...(await paint(engine, site, pages)) };
  // Only Chromium reports long tasks, so only there is every chapter's blocking time read.
  if (!engine.throttlesCpu) return figures;
  return { ...figures, everyChapter: await blockingPerPage(engine, site, everyChapter, 3) };
}

/** Every many-task program within its goals (first line, result drawn, longest frame). */
function manyTasksGoals(manyTasks: Awaited<ReturnType<typeof manyTaskRuns>>) {
  return { manyTasksWithinGoals: Object.values(manyTasks).every((program) => program.withinGoals) };
}

/**
 * Paint goals (issue 22): no blocking time on the lesson page nor on any chapter, first and largest
 * paint no later than the Starlight twin's, and at most 1.5 times its elements.
 */
function paintGoals(paint: Awaited<ReturnType<typeof paintFigures>>) {
  const { lessonPage, starlightPage } = paint;
  return {
    lcpAtMostStarlight: lessonPage.medianLcpMs <= starlightPage.medianLcpMs,
    fcpAtMostStarlight: lessonPage.medianFcpMs <= starlightPage.medianFcpMs,
    elementsAtMost1_5xStarlight: lessonPage.elements <= 1.5 * starlightPage.elements,
    // Null where the engine cannot measure it (Firefox): unknown, neither met nor missed.
    tbtZero: lessonPage.worstTbtMs === null ? null : lessonPage.worstTbtMs === 0,
    tbtZeroEveryChapter: "everyChapter" in paint ? paint.everyChapter.worstTbtMs === 0 : null,
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

/** Installs (once), writes and builds the Starlight twin of the lesson, and serves it beside ours. */
async function starlightTwinBuild() {
  await installTwin();
  const build = await buildTwin(lessonSlug);
  return { ...twinVersions(), chapter: lesson.path, ...build, path: serveTwinFrom(site.dist, lessonSlug) };
}

/** Every engine asked for, launched in turn, measured and closed. */
async function measureEngines(pages: PaintPages): Promise<Record<string, unknown>> {
  const engines: Record<string, unknown> = {};
  const stop = await serve();
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
        const report = await measure(engine, pages, (heapMb) => launch({ heapMb }));
        engines[engine.name] = { ...report, goals: goals(report) };
      } finally {
        await engine.close();
      }
    }
  } finally {
    stop();
  }
  return engines;
}

/** Build cost per added page, ours and Starlight's, cold and warm (BENCH_BUILD_COPIES, BENCH_BUILD_ROUNDS). */
async function buildPerPage() {
  await installTwin();
  const copies = Number(process.env["BENCH_BUILD_COPIES"] ?? 13);
  const rounds = Number(process.env["BENCH_BUILD_ROUNDS"] ?? 2);
  return buildScaling(lessonSlug, copies, rounds);
}

async function main(): Promise<void> {
  const only = process.env["BENCH_ONLY"] ?? "";
  if (process.env["BENCH_NO_BUILD"] !== "1" && only !== "build") await run("npm", ["run", "build"]);
  const starlightTwin = only === "" || paintOnly ? await starlightTwinBuild() : undefined;
  // BENCH_ONLY=build builds in scratch folders and needs no dist/ of ours.
  const pages = (): PaintPages => ({
    lesson: lesson.path,
    plain: writePlainPage(site.dist, lesson.path),
    starlight: starlightTwin?.path ?? "",
  });
  const engines = only === "build" ? undefined : await measureEngines(pages());
  const build = only === "" || only === "build" ? await buildPerPage() : undefined;
  const report = {
    date: new Date().toISOString(),
    // The machine is shared: its one-, five- and fifteen-minute load averages when the bench ended.
    loadAverageAtEnd: loadavg().map((load) => Math.round(load * 100) / 100),
    cores: availableParallelism(),
    ...figureDescriptions(site, fiveChapters),
    ...(starlightTwin === undefined ? {} : { starlightTwin }),
    ...(build === undefined ? {} : { buildPerPage: build }),
    ...(engines === undefined ? {} : { engines }),
  };
  mkdirSync(new URL("reports/", root), { recursive: true });
  // A partial run writes a report of its own, so it never overwrites a whole one.
  const name = only === "" ? "bench.json" : `bench-${only}.json`;
  writeFileSync(new URL(`reports/${name}`, root), `${JSON.stringify(report, null, 2)}\n`);
  console.log(JSON.stringify(report, null, 2));
  // The README quotes bench/figures.json: this run's parts replace their old figures there.
  await recordFigures([{ report, name: `reports/${name}` }]);
}

await main();
