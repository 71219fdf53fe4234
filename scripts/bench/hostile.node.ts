/**
 * The page's longest main-thread stall while a hostile program runs in the built-in runtime (issue
 * 18, "bounded everywhere": the goal is 200 ms), for every hostile program the specs use: output
 * floods, forgeries of the runtime's port, a replaced clock, a never-settling await, a busy loop,
 * memory run out, and attempts at the network. Each program is stored as the learner's edit of a
 * sample, as if typed, and run twice on a fresh page: the first Run also loads the transpiler (as
 * any edited code's first Run does), the second is the hostile program alone. A program that never
 * ends by itself is stopped with Stop once it prints, and its stall runs from Run through Stop. A
 * trivial program gives the baseline.
 */
import type { Engine } from "./engines.node.ts";
import type { BenchSite, Program } from "./journeys.node.ts";
import { clickRunAndMeasureStall, scrollToSample, type StallTiming } from "./page-probes.ts";
import { editKey, storageKeys } from "../../src/learner/storage-keys.ts";
import {
  busyLoop,
  floodOfLines,
  forgeThroughPortPatch,
  forgeThroughRealmPort,
  infiniteClockFinishing,
  hundredThousandTimelineRows,
  infiniteClockTicking,
  millionTimers,
  neverSettlingAwait,
  oneFiftyMegabyteLine,
  outOfMemory,
  phoneHome,
} from "../../tests/fixtures/hostile-programs.ts";

/** A hostile program, and what the bench does for it beyond pressing Run. */
interface HostileProgram {
  code: string;
  /** Press Stop once the program prints this line: it never ends by itself. */
  stopAfterLine?: string;
  /** The run's time limit, stored as the learner's setting, where the default 30 s is too long. */
  timeLimitMs?: number;
  /** Run in a browser with a small JavaScript heap, so memory runs out in seconds, not gigabytes. */
  smallHeap?: boolean;
}

/** The hostile programs, by name. */
export const hostilePrograms: Record<string, HostileProgram> = {
  trivialBaseline: { code: 'console.log("hi");\n' },
  floodOfLines: { code: floodOfLines },
  oneFiftyMegabyteLine: { code: oneFiftyMegabyteLine },
  hundredThousandTimelineRows: { code: hundredThousandTimelineRows },
  millionTimers: { code: millionTimers },
  portPatchForgery: { code: forgeThroughPortPatch },
  realmPortForgery: { code: forgeThroughRealmPort },
  infiniteClockTicking: { code: infiniteClockTicking, stopAfterLine: "tick" },
  infiniteClockFinishing: { code: infiniteClockFinishing },
  neverSettlingAwait: { code: neverSettlingAwait },
  busyLoopStopped: { code: busyLoop, stopAfterLine: "spinning" },
  // As the out-of-memory specs do: well past the seconds a small heap takes to fill.
  outOfMemory: { code: outOfMemory, timeLimitMs: 20_000, smallHeap: true },
  // StackBlitz is the origin the page's own policy lets through; a request that got out would hang.
  networkAttempts: { code: phoneHome("https://stackblitz.com") },
};

/** The JavaScript heap of the browser that runs `smallHeap` programs, in MB. */
export const smallHeapMb = 256;

/** The goal: no stall of the main thread longer than this. */
export const stallGoalMs = 200;

/** Starts a browser of the bench's engine with a JavaScript heap of `heapMb`, or says why not. */
export type LaunchWithHeap = (heapMb: number) => Promise<Engine | string>;

/** One program's figures: every run's timing, and the worst stall of the second runs. */
interface ProgramStalls {
  firstRuns: StallTiming[];
  secondRuns: StallTiming[];
  worstStallMs: number;
  withinGoal: boolean;
}

const rounded = (timing: StallTiming): StallTiming => ({
  ...timing,
  longestStallMs: Math.round(timing.longestStallMs),
  doneMs: Math.round(timing.doneMs),
  longestTaskMs: timing.longestTaskMs === undefined ? undefined : Math.round(timing.longestTaskMs),
});

/** Runs one hostile program twice on each of `site.pages` fresh pages of `engine`. */
async function programStalls(
  engine: Engine,
  site: BenchSite,
  program: Program,
  hostile: HostileProgram,
): Promise<ProgramStalls> {
  const url = `${site.origin}${program.path}`;
  const run = {
    id: program.id,
    ...(hostile.stopAfterLine === undefined ? {} : { stopAfterLine: hostile.stopAfterLine }),
  };
  const firstRuns: StallTiming[] = [];
  const secondRuns: StallTiming[] = [];
  for (let index = 0; index < site.pages; index += 1) {
    const page = await engine.freshPage();
    try {
      await page.goto(url);
      await page.evaluate(
        ({ keys, code, timeLimitMs }) => {
          localStorage.setItem(keys.runtime, "worker");
          localStorage.setItem(keys.edit, code);
          if (timeLimitMs !== undefined) localStorage.setItem(keys.timeLimit, String(timeLimitMs));
        },
        {
          keys: {
            runtime: storageKeys.runtime,
            edit: editKey(program.id),
            timeLimit: storageKeys.timeLimitMs,
          },
          code: hostile.code,
          timeLimitMs: hostile.timeLimitMs,
        },
      );
      await page.goto(url);
      await page.evaluate(scrollToSample, program.id);
      firstRuns.push(rounded(await page.evaluate(clickRunAndMeasureStall, run)));
      secondRuns.push(rounded(await page.evaluate(clickRunAndMeasureStall, run)));
    } finally {
      await page.close();
    }
  }
  // The goal is read off the second runs: the first also carries the transpiler's load.
  const worstStallMs = Math.max(...secondRuns.map((timing) => timing.longestStallMs));
  return { firstRuns, secondRuns, worstStallMs, withinGoal: worstStallMs <= stallGoalMs };
}

/**
 * Runs each hostile program `site.pages` times on fresh pages; reports the stalls. Programs that
 * need a small heap run in a second browser from `launchWithHeap`, started for them alone, so the
 * other figures come from a browser as learners have it.
 */
export async function hostileStalls(
  engine: Engine,
  site: BenchSite,
  program: Program,
  launchWithHeap: LaunchWithHeap,
): Promise<Record<string, ProgramStalls | { skipped: string }>> {
  const report: Record<string, ProgramStalls | { skipped: string }> = {};
  for (const [name, hostile] of Object.entries(hostilePrograms)) {
    let runner: Engine | string = engine;
    if (hostile.smallHeap === true) runner = await launchWithHeap(smallHeapMb);
    if (typeof runner === "string") {
      report[name] = { skipped: runner };
      console.log(`bench: ${engine.name} ${name}: skipped: ${runner}`);
      continue;
    }
    try {
      const stalls = await programStalls(runner, site, program, hostile);
      report[name] = stalls;
      const firsts = stalls.firstRuns.map((run) => `${run.longestStallMs} (${run.state})`).join(", ");
      const seconds = stalls.secondRuns.map((run) => run.state).join(", ");
      console.log(
        `bench: ${engine.name} ${name}: worst stall ${stalls.worstStallMs} ms, ended ${seconds} (first runs: ${firsts} ms)`,
      );
    } finally {
      if (runner !== engine) await runner.close();
    }
  }
  return report;
}
