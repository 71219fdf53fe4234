/**
 * What each figure in reports/bench.json means, written into the report beside the figures so a
 * reader of the JSON needs no source to read it.
 */
import { quietMs } from "./paint.node.ts";
import { manyTaskGoals, taskCounts } from "./many-tasks.node.ts";
import { smallHeapMb, stallGoalMs } from "./hostile.node.ts";
import type { BenchSite } from "./journeys.node.ts";

/** The descriptions, for a bench over `site` whose visit is `fiveChapters`. */
export function figureDescriptions(site: BenchSite, fiveChapters: readonly string[]) {
  return {
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
      "tasks, so null) (CPU slowed 4x in Chromium, as Lighthouse's mobile preset does; Firefox has no CPU " +
      "throttling); elements once loaded; HTML gzipped from dist/; JS before interaction: the gzipped " +
      "same-origin scripts the fresh page fetched once settled, and its inline scripts apart. Three pages " +
      "in turns: the lesson; its plain twin (the same built page with its samples removed); and its " +
      "Starlight twin, the lesson's prose built with Starlight by the bench (bench/starlight-twin/: " +
      "each sample as its title, Python, TypeScript and expected output in code blocks, each exercise as " +
      "its task and starting code, each callout as an aside). lessonOverStarlight: ratios of the medians. " +
      "everyChapter (Chromium): the same total blocking time on every English chapter, 3 fresh loads each",
    buildPerPage:
      "build seconds and dist/ bytes per added page, ours and the Starlight twin's: each site built with " +
      "its chapter once and then with more copies of it, in turns, the medians' differences over the pages " +
      "added (each English chapter of ours is two pages: English and the Chinese page that falls back to " +
      "it); ours in a scratch copy of the project (`astro build`, then Pagefind, as `npm run build` after " +
      "its runtime step), Starlight's with Pagefind inside `astro build`. Each copy's code differs from the " +
      "others' by a comment line, as a new chapter's would, so no highlighting is reused across copies. " +
      "Each site is built cold (no .astro, Vite or highlight cache) and then again in the same folder, " +
      "warm: `seconds` and `warmSeconds`; medianSeconds holds each build's cold and warm medians",
    starlightTwin:
      "the Starlight twin's build: wall time of `astro build` (pagefind included) and dist/ bytes",
  };
}
