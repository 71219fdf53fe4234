/**
 * Every exercise's Python version, judged the way the page judges a learner's Python run: the
 * program (and probe.py, after it) in the page's own Python runtime under Node, through
 * startPythonRunPipeline, judged from its result by the same check and words as TypeScript
 * (judge-exercise.ts). start.py fails, solution.py and every right-*.py pass, and each wrong-*.py
 * fails with the message its `# The check says:` line names.
 *
 * The corpus is dealt into four parts, each judged by a file of its own with an interpreter of its
 * own (tests/suites/exercises-python-*.test.ts): a run mostly waits on the practice server's
 * delays, so interpreters side by side cut the wall time without crowding the cores (as two
 * halves, each took 135 to 143 s of the unit stage's 174 in CI).
 */
import { beforeAll, describe, expect, it, type TestContext } from "vitest";
import type { ExerciseCheck } from "../../src/exercises/check-schema.ts";
import {
  readAllExercises,
  readRightAnswers,
  readWrongAnswers,
} from "../../src/exercises/exercise-files.node.ts";
import type { RunnerHost } from "../../src/runner/types.ts";
import { bootNodePython } from "../python/boot-python.node.ts";
import { nodePythonHost } from "../python/node-python-host.node.ts";
import { corpusPartFilesOnDisk } from "./corpus-part-files.ts";
import { dealBySize } from "./deal-by-size.ts";
import { judgeExercise } from "./judge-exercise.ts";
import { pythonCorpusFiles } from "./test-projects.ts";

/** How many parts the corpus is dealt into: one file each, as test-projects.ts lists them. */
export const corpusParts = pythonCorpusFiles.length;

/** Which part of the corpus a file judges. */
export type CorpusPart = 0 | 1 | 2 | 3;

/** How many programs an exercise's Python corpus runs: the start, every right and every wrong answer. */
const corpusSize = (id: string) =>
  1 + readRightAnswers(id, undefined, "py").length + readWrongAnswers(id, undefined, "py").length;

/** The exercises with a Python version in `part`, dealt by the size of their corpus. */
export function pythonExercisesIn(part: CorpusPart) {
  const all = readAllExercises().flatMap((exercise) =>
    exercise.python === undefined
      ? []
      : [{ id: exercise.id, ...exercise.python, size: corpusSize(exercise.id) }],
  );
  return dealBySize(all, corpusParts)[part] ?? [];
}

/** Judges every program of the exercises in `part`, one at a time on one booted interpreter. */
export function judgePythonCorpus(part: CorpusPart): void {
  const withPython = pythonExercisesIn(part);

  let host: RunnerHost<"pyodide"> | undefined;
  let unavailable = "the runtime did not boot";

  beforeAll(async () => {
    const booted = await bootNodePython();
    if ("runtime" in booted) host = nodePythonHost(booted.runtime);
    else unavailable = booted.unavailable;
  }, 120_000);

  /** As in python-in-page.test.ts: a machine without aiohttp skips, CI (which installs it) fails. */
  function judgeInPython(context: TestContext, code: string, check: ExerciseCheck) {
    if (host === undefined) {
      if (process.env["CI"] === undefined) return context.skip(unavailable);
      throw new Error(`Python in the page could not be built: ${unavailable}`);
    }
    return judgeExercise(host, code, check, 20_000, "py");
  }

  /** What a failed expectation says: the file, what the check said, and what the program printed. */
  const about = (file: string, failed: readonly string[], output: string) =>
    `${file}\nThe check said:\n${failed.join("\n") || "(nothing failed)"}\nThe program printed:\n${output}`;

  it(`part ${part} of the Python corpus holds some exercise, and each part has its file`, () => {
    expect(withPython.length).toBeGreaterThan(0);
    expect(corpusPartFilesOnDisk("exercises-python-"), "a file per part, each in test-projects.ts").toEqual(
      pythonCorpusFiles.slice(0, corpusParts),
    );
    expect(pythonCorpusFiles).toHaveLength(corpusParts);
  });

  // One interpreter, one program at a time, as the page runs them: the timings are the lesson.
  describe("every exercise's Python version", { concurrent: false }, () => {
    for (const { id, start, check } of withPython) {
      it(`${id}: has at least two right answers to pass and three wrong ones to fail`, () => {
        expect(readRightAnswers(id, undefined, "py").length).toBeGreaterThanOrEqual(2);
        expect(readWrongAnswers(id, undefined, "py").length).toBeGreaterThanOrEqual(3);
      });

      it(`${id}: start.py fails the check`, { timeout: 30_000 }, async (context) => {
        const { passed, failed, output } = await judgeInPython(context, start, check);
        expect(passed, about(`${id}/start.py`, failed, output)).toBe(false);
      });

      for (const right of readRightAnswers(id, undefined, "py")) {
        it(`${id}: ${right.name}.py passes the check`, { timeout: 30_000 }, async (context) => {
          const { failed, output } = await judgeInPython(context, right.code, check);
          expect(failed, about(`${id}/${right.name}.py`, failed, output)).toEqual([]);
        });
      }

      for (const wrong of readWrongAnswers(id, undefined, "py")) {
        it(`${id}: ${wrong.name}.py fails, saying what is missing`, { timeout: 30_000 }, async (context) => {
          const { passed, failed, output } = await judgeInPython(context, wrong.code, check);
          const said = about(`${id}/${wrong.name}.py`, failed, output);
          expect(passed, said).toBe(false);
          expect(failed.join("\n"), said).toContain(wrong.expectedMessage);
        });
      }
    }
  });
}
