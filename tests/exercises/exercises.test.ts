/**
 * Every exercise's check fails on its starting code and passes on its solution, judged the way
 * the page judges a learner's run: by output and timeline, under Node with the same probes.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkRun } from "../../src/exercises/check.ts";
import { readAllExercises } from "../../src/exercises/exercise-files.node.ts";
import type { TimelineEvent } from "../../src/timeline/events.ts";
import { buildTimeline } from "../../src/timeline/model.ts";
import { runProcess } from "../examples/run-process.node.ts";
import { usePracticeServer } from "../examples/practice-server.node.ts";

usePracticeServer();
const preload = fileURLToPath(new URL("./timeline-preload.node.ts", import.meta.url));
const exercises = readAllExercises();

async function runWithTimeline(code: string) {
  const folder = mkdtempSync(join(tmpdir(), "exercise-"));
  const timelinePath = join(folder, "timeline.json");
  writeFileSync(join(folder, "main.ts"), code);
  const result = await runProcess(process.execPath, ["--import", preload, "main.ts"], {
    cwd: folder,
    timeoutMs: 15_000,
    env: { TIMELINE_OUT: timelinePath },
  });
  const recorded = JSON.parse(readFileSync(timelinePath, "utf8")) as {
    events: TimelineEvent[];
    durationMs: number;
  };
  return {
    stdout: result.stdout,
    exitCode: result.exitCode ?? 1,
    durationMs: recorded.durationMs,
    timeline: buildTimeline(recorded.events, recorded.durationMs),
  };
}

describe.concurrent("exercises", () => {
  it("one exercise for each chapter from 2 to 6", () => {
    expect([...new Set(exercises.map((exercise) => exercise.meta.chapter))].sort()).toEqual([2, 3, 4, 5, 6]);
  });

  for (const exercise of exercises) {
    it(`${exercise.id}: the starting code fails the check`, { timeout: 20_000 }, async () => {
      const result = checkRun(exercise.meta.check, await runWithTimeline(exercise.start));
      expect(result.passed).toBe(false);
    });

    it(`${exercise.id}: the solution passes the check`, { timeout: 20_000 }, async () => {
      const result = checkRun(exercise.meta.check, await runWithTimeline(exercise.solution));
      expect(
        result.findings.filter((finding) => !finding.passed).map((finding) => finding.message.en),
      ).toEqual([]);
    });
  }
});
