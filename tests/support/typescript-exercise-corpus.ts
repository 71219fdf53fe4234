/**
 * Every exercise's check, judged the way the page judges a learner's run (the program plus the
 * check's probe, through the run pipeline, judged from its result), under Node with the same
 * probes: the start fails, the solution and every right-*.ts pass, and each wrong answer fails
 * with the message it names.
 *
 * The corpus is dealt into two parts, each judged by a file of its own
 * (tests/suites/exercises-typescript-*.test.ts): a run mostly waits on the practice server's
 * delays, and as one file, two programs at a time, it took 129 s, the longest file of the unit
 * stage.
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
import { corpusPartFilesOnDisk } from "./corpus-part-files.ts";
import { dealBySize } from "./deal-by-size.ts";
import { judgeExercise } from "./judge-exercise.ts";
import { typeScriptCorpusFiles } from "./test-projects.ts";

/** How many parts the corpus is dealt into: one file each, as test-projects.ts lists them. */
const corpusParts = typeScriptCorpusFiles.length;

/** Which part of the corpus a file judges. */
export type CorpusPart = 0 | 1;

/** How many programs an exercise's corpus runs: the start, every right and every wrong answer. */
const corpusSize = (id: string) => 1 + readRightAnswers(id).length + readWrongAnswers(id).length;

/** The exercises in `part`, dealt by the size of their corpus. */
export function typeScriptExercisesIn(part: CorpusPart) {
  const all = readAllExercises().map((exercise) => ({ ...exercise, size: corpusSize(exercise.id) }));
  return dealBySize(all, corpusParts)[part] ?? [];
}

/** Judges every program of the exercises in `part`, two at a time. */
export function judgeTypeScriptCorpus(part: CorpusPart): void {
  const host = nodeProcessHost();
  const judgeInNode = (code: string, check: ExerciseCheck) => judgeExercise(host, code, check);
  const exercises = typeScriptExercisesIn(part);

  describe.concurrent("exercises", () => {
    it(`part ${part} of the corpus holds some exercise, and each part has its file`, () => {
      expect(exercises.length).toBeGreaterThan(0);
      expect(
        corpusPartFilesOnDisk("exercises-typescript-"),
        "a file per part, each in test-projects.ts",
      ).toEqual([...typeScriptCorpusFiles]);
    });

    if (part === 0)
      it("an exercise for every chapter from 2 on that has samples, and none for the others", () => {
        const byNumber = (a: number, b: number) => a - b;
        const withSamples = new Set(readAllSamples().map((sample) => sample.meta.chapter));
        withSamples.delete(1);
        const chapters = [...new Set(readAllExercises().map((exercise) => exercise.meta.chapter))];
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
}
