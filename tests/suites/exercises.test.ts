/**
 * Every exercise's check, judged the way the page judges a learner's run (the program plus the
 * check's probe, through the run pipeline, judged from its result), under Node with the same probes: the
 * start fails, the solution and every right-*.ts pass, and each wrong answer fails with the message
 * it names.
 */
import { describe, expect, it } from "vitest";
import type { ExerciseCheck } from "../../src/exercises/check-schema.ts";
import {
  readAllExercises,
  readRightAnswers,
  readWrongAnswers,
} from "../../src/exercises/exercise-files.node.ts";
import { readAllSamples } from "../../src/samples/sample-files.node.ts";
import { nodeProcessHost } from "../exercises/node-process-host.node.ts";
import { judgeExercise } from "../support/judge-exercise.ts";

const host = nodeProcessHost();
const exercises = readAllExercises();

const judgeInNode = (code: string, check: ExerciseCheck) => judgeExercise(host, code, check);

describe.concurrent("exercises", () => {
  it("an exercise for every chapter from 2 on that has samples, and none for the others", () => {
    const byNumber = (a: number, b: number) => a - b;
    const withSamples = new Set(readAllSamples().map((sample) => sample.meta.chapter));
    withSamples.delete(1);
    const chapters = [...new Set(exercises.map((exercise) => exercise.meta.chapter))];
    expect(chapters.sort(byNumber)).toEqual([...withSamples].sort(byNumber));
  });

  for (const exercise of exercises) {
    const { check } = exercise.meta;
    it(`${exercise.id}: the starting code fails the check`, { timeout: 20_000 }, async () => {
      expect((await judgeInNode(exercise.start, check)).passed).toBe(false);
    });

    for (const right of readRightAnswers(exercise.id)) {
      it(`${exercise.id}: ${right.name} passes the check`, { timeout: 20_000 }, async () => {
        const { failed, output } = await judgeInNode(right.code, check);
        expect(failed, output).toEqual([]);
      });
    }

    it(`${exercise.id}: has at least two right answers to pass and three wrong ones to fail`, () => {
      expect(readRightAnswers(exercise.id).length).toBeGreaterThanOrEqual(2);
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
