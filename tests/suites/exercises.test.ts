/**
 * Every exercise's check, judged the way the page judges a learner's run (the program plus the
 * check's probe, judged from output and timeline records), under Node with the same probes: the
 * start fails, the solution passes, and each wrong answer beside it fails with the message it names.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkRun } from "../../src/exercises/check.ts";
import type { ExerciseCheck } from "../../src/exercises/check-schema.ts";
import { pickWords, programWithProbe } from "../../src/exercises/check-words.ts";
import { wordFinding } from "../../src/i18n/text/findings.ts";
import { readAllExercises, readWrongAnswers } from "../../src/exercises/exercise-files.node.ts";
import type { TimelineEvent } from "../../src/timeline/events.ts";
import { buildTimeline } from "../../src/timeline/model.ts";
import { runProcess } from "../examples/run-process.node.ts";
import { usePracticeServer } from "../examples/practice-server.node.ts";

usePracticeServer();
const preload = fileURLToPath(new URL("../exercises/timeline-preload.node.ts", import.meta.url));
const exercises = readAllExercises();

async function judgeInNode(code: string, check: ExerciseCheck) {
  const words = pickWords(check.words);
  const folder = mkdtempSync(join(tmpdir(), "exercise-"));
  const timelinePath = join(folder, "timeline.json");
  writeFileSync(join(folder, "main.ts"), programWithProbe(code, check, words));
  const result = await runProcess(process.execPath, ["--import", preload, "main.ts"], {
    cwd: folder,
    timeoutMs: 15_000,
    env: { TIMELINE_OUT: timelinePath },
  });
  const recorded = JSON.parse(readFileSync(timelinePath, "utf8")) as {
    events: TimelineEvent[];
    durationMs: number;
  };
  const verdict = checkRun(
    check,
    {
      exitCode: result.exitCode ?? 1,
      durationMs: recorded.durationMs,
      timeline: buildTimeline(recorded.events, recorded.durationMs),
    },
    words,
  );
  const failed = verdict.findings
    .filter((finding) => !finding.passed)
    .map((finding) => wordFinding(finding.message, "en"));
  return { passed: verdict.passed, failed, output: `${result.stdout}\n${result.stderr}` };
}

describe.concurrent("exercises", () => {
  it("one exercise for each chapter from 2 to 11", () => {
    const chapters = [...new Set(exercises.map((exercise) => exercise.meta.chapter))];
    expect(chapters.sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  for (const exercise of exercises) {
    const { check } = exercise.meta;
    it(`${exercise.id}: the starting code fails the check`, { timeout: 20_000 }, async () => {
      expect((await judgeInNode(exercise.start, check)).passed).toBe(false);
    });

    it(`${exercise.id}: the solution passes the check`, { timeout: 20_000 }, async () => {
      const { failed, output } = await judgeInNode(exercise.solution, check);
      expect(failed, output).toEqual([]);
    });

    it(`${exercise.id}: has at least three wrong answers to fail`, () => {
      expect(readWrongAnswers(exercise.id).length).toBeGreaterThanOrEqual(3);
    });

    for (const wrong of readWrongAnswers(exercise.id)) {
      it(`${exercise.id}: ${wrong.name} fails, saying what is missing`, { timeout: 20_000 }, async () => {
        const { passed, failed, output } = await judgeInNode(wrong.code, check);
        expect(passed, output).toBe(false);
        expect(failed.join("\n"), output).toContain(wrong.expectedMessage);
      });
    }
  }
});
