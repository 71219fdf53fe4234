/**
 * The page's longest main-thread stall while a hostile program runs in the built-in runtime: a
 * flood of lines, one 50 MB line, 100,000 timeline rows, a million timers (issue 18, "bounded
 * everywhere": the goal is 200 ms). Each program is stored as the learner's edit of a sample, as
 * if typed, and run twice on a fresh page: the first Run also loads the transpiler (as any edited
 * code's first Run does), the second is the hostile program alone. A trivial program gives the
 * baseline.
 */
import type { Engine } from "./engines.node.ts";
import type { BenchSite, Program } from "./journeys.node.ts";
import { clickRunAndMeasureStall, scrollToSample, type StallTiming } from "./page-probes.ts";
import { editKey, storageKeys } from "../../src/learner/storage-keys.ts";

/** The hostile programs, by name. */
export const hostilePrograms = {
  trivialBaseline: 'console.log("hi");\n',
  floodOfLines: "for (let i = 0; i < 1_000_000; i++) console.log(`line ${i}`);\n",
  oneFiftyMegabyteLine: 'console.log("x".repeat(50_000_000));\n',
  hundredThousandTimelineRows:
    "await Promise.all(Array.from({ length: 100_000 }, (_, i) => new Promise((done) => setTimeout(done, 10 + (i % 50)))));\n",
  millionTimers: "for (let i = 0; i < 1_000_000; i++) setTimeout(() => {}, 20 + (i % 100));\n",
} as const;

/** The goal: no stall of the main thread longer than this. */
export const stallGoalMs = 200;

/** Runs each hostile program `site.pages` times on fresh pages; reports the stalls. */
export async function hostileStalls(engine: Engine, site: BenchSite, program: Program) {
  const url = `${site.origin}${program.path}`;
  const report: Record<
    string,
    { firstRuns: StallTiming[]; secondRuns: StallTiming[]; worstStallMs: number; withinGoal: boolean }
  > = {};
  const rounded = (timing: StallTiming): StallTiming => ({
    ...timing,
    longestStallMs: Math.round(timing.longestStallMs),
    doneMs: Math.round(timing.doneMs),
    longestTaskMs: timing.longestTaskMs === undefined ? undefined : Math.round(timing.longestTaskMs),
  });
  for (const [name, code] of Object.entries(hostilePrograms)) {
    const firstRuns: StallTiming[] = [];
    const secondRuns: StallTiming[] = [];
    for (let index = 0; index < site.pages; index += 1) {
      const page = await engine.freshPage();
      try {
        await page.goto(url);
        await page.evaluate(
          ({ keys, hostileCode }) => {
            localStorage.setItem(keys.runtime, "worker");
            localStorage.setItem(keys.edit, hostileCode);
          },
          { keys: { runtime: storageKeys.runtime, edit: editKey(program.id) }, hostileCode: code },
        );
        await page.goto(url);
        await page.evaluate(scrollToSample, program.id);
        firstRuns.push(rounded(await page.evaluate(clickRunAndMeasureStall, program.id)));
        secondRuns.push(rounded(await page.evaluate(clickRunAndMeasureStall, program.id)));
      } finally {
        await page.close();
      }
    }
    // The goal is read off the second runs: the first also carries the transpiler's load.
    const worstStallMs = Math.max(...secondRuns.map((run) => run.longestStallMs));
    report[name] = { firstRuns, secondRuns, worstStallMs, withinGoal: worstStallMs <= stallGoalMs };
    const firsts = firstRuns.map((run) => run.longestStallMs).join(", ");
    console.log(`bench: ${engine.name} ${name}: worst stall ${worstStallMs} ms (first runs: ${firsts} ms)`);
  }
  return report;
}
