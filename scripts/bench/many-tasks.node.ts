/**
 * Programs that start a thousand, ten thousand and a hundred thousand tasks (timers, each a row of
 * the timeline), print a first line once they are all started and a last one when all are done,
 * run in the built-in runtime (issue 22, "a timeline that scales"). Per program: from the press to
 * the first line against the program's own first print, from the program's end to its result
 * drawn (the timeline included), and the longest frame in between. Each program is stored as the
 * learner's edit of a sample and run twice on a fresh page: the first Run also loads the
 * transpiler and starts the sandbox, the second is the program alone.
 */
import type { Engine } from "./engines.node.ts";
import { median, type BenchSite, type Program } from "./journeys.node.ts";
import { scrollToSample } from "./page-probes.ts";
import { runManyTasks, type ManyTasksTiming } from "./task-probes.ts";
import { editKey, storageKeys } from "../../src/learner/storage-keys.ts";

/** How many tasks each program starts. */
export const taskCounts = [1_000, 10_000, 100_000];

/** The goals for a many-task program, in ms. */
export const manyTaskGoals = { firstLineAfterPrintMs: 300, programEndToDrawnMs: 1_000, longestFrameMs: 200 };

/**
 * Starts `count` tasks before its first print, so every span is queued ahead of that line: output
 * must overtake them. Each line ends with the wall-clock time it was printed at.
 */
export function manyTasksProgram(count: number): string {
  return [
    `const tasks = Array.from({ length: ${count} }, (_, i) =>`,
    "  new Promise<void>((done) => setTimeout(done, 10 + (i % 50))),",
    ");",
    `console.log(\`started ${count} tasks at \${performance.timeOrigin + performance.now()}\`);`,
    "await Promise.all(tasks);",
    "console.log(`all done at ${performance.timeOrigin + performance.now()}`);",
    "",
  ].join("\n");
}

const rounded = (timing: ManyTasksTiming): ManyTasksTiming => ({
  ...timing,
  programFirstPrintMs: Math.round(timing.programFirstPrintMs),
  pressToFirstLineMs: Math.round(timing.pressToFirstLineMs),
  firstLineAfterPrintMs: Math.round(timing.firstLineAfterPrintMs),
  programEndToDrawnMs: Math.round(timing.programEndToDrawnMs),
  pressToDrawnMs: Math.round(timing.pressToDrawnMs),
  longestFrameMs: Math.round(timing.longestFrameMs),
  longestTaskMs: timing.longestTaskMs === null ? null : Math.round(timing.longestTaskMs),
});

/** Medians and worsts of the second runs, with the goals read off the worsts. */
function summary(runs: ManyTasksTiming[]) {
  const worst = (values: number[]) => Math.max(...values.filter((value) => !Number.isNaN(value)));
  const firstLine = runs.map((run) => run.firstLineAfterPrintMs);
  const drawn = runs.map((run) => run.programEndToDrawnMs);
  const frames = runs.map((run) => run.longestFrameMs);
  return {
    medianFirstLineAfterPrintMs: median(firstLine),
    worstFirstLineAfterPrintMs: worst(firstLine),
    medianPressToFirstLineMs: median(runs.map((run) => run.pressToFirstLineMs)),
    medianProgramEndToDrawnMs: median(drawn),
    worstProgramEndToDrawnMs: worst(drawn),
    worstFrameMs: worst(frames),
    withinGoals:
      runs.every((run) => run.state === "done") &&
      worst(firstLine) <= manyTaskGoals.firstLineAfterPrintMs &&
      worst(drawn) <= manyTaskGoals.programEndToDrawnMs &&
      worst(frames) <= manyTaskGoals.longestFrameMs,
  };
}

/** Runs each many-task program twice on each of `site.pages` fresh pages of `engine`. */
export async function manyTaskRuns(engine: Engine, site: BenchSite, program: Program) {
  const url = `${site.origin}${program.path}`;
  const report: Record<
    string,
    ReturnType<typeof summary> & Record<"firstRuns" | "secondRuns", ManyTasksTiming[]>
  > = {};
  for (const count of taskCounts) {
    const firstRuns: ManyTasksTiming[] = [];
    const secondRuns: ManyTasksTiming[] = [];
    for (let index = 0; index < site.pages; index += 1) {
      const page = await engine.freshPage();
      try {
        await page.goto(url);
        await page.evaluate(
          ({ keys, code }) => {
            localStorage.setItem(keys.runtime, "worker");
            localStorage.setItem(keys.edit, code);
          },
          {
            keys: { runtime: storageKeys.runtime, edit: editKey(program.id) },
            code: manyTasksProgram(count),
          },
        );
        await page.goto(url);
        await page.evaluate(scrollToSample, program.id);
        firstRuns.push(rounded(await page.evaluate(runManyTasks, program.id)));
        secondRuns.push(rounded(await page.evaluate(runManyTasks, program.id)));
      } finally {
        await page.close();
      }
    }
    const figures = summary(secondRuns);
    console.log(
      `bench: ${engine.name} ${count} tasks: first line ${figures.medianFirstLineAfterPrintMs} ms after its print, ` +
        `drawn ${figures.medianProgramEndToDrawnMs} ms after the end, worst frame ${figures.worstFrameMs} ms`,
    );
    report[`tasks${count}`] = { ...figures, firstRuns, secondRuns };
  }
  return report;
}
