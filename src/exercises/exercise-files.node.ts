/**
 * Reads exercise folders (`src/content/exercises/<id>/`) from disk and validates them. A folder
 * holds start.ts, solution.ts, meta.json, optionally probe.ts (the check's own code, run after the
 * learner's), wrong-<what>.ts files: plausible wrong answers that the tests hold the check to, and
 * right-<what>.ts files: correct answers written otherwise than solution.ts, which must pass.
 */
import { fileURLToPath } from "node:url";
import { listContentFolders, readContentFolder } from "../lib/content-folder.node.ts";
import { ExerciseMetaSchema, type ExerciseFiles } from "./exercise-schema.ts";

/** The folder that holds one sub-folder per exercise. */
export const exercisesDirectory = fileURLToPath(new URL("../content/exercises/", import.meta.url));

/** A wrong answer, and part of the English message its failed check must show. */
export interface WrongAnswer {
  /** The file's name without `.ts`, such as `wrong-status-200`. */
  name: string;
  /** The file's text. */
  code: string;
  /** From the file's `// The check says: …` line. */
  expectedMessage: string;
}

/** Reads and validates one exercise folder; a problem is a `ContentFolderError` naming the file. */
export function readExercise(id: string, directory = exercisesDirectory): ExerciseFiles {
  const folder = readContentFolder(directory, id);
  const parsed = folder.json("meta.json", ExerciseMetaSchema);
  const probe = folder.optional("probe.ts");
  const meta = { ...parsed, check: { ...parsed.check, ...(probe === undefined ? {} : { probe }) } };
  return { id, meta, start: folder.required("start.ts"), solution: folder.required("solution.ts") };
}

/** Reads and validates every exercise, sorted by id. */
export function readAllExercises(directory = exercisesDirectory): ExerciseFiles[] {
  return listContentFolders(directory).map((id) => readExercise(id, directory));
}

/** The wrong answers beside one exercise; a file without its expected message is an error. */
export function readWrongAnswers(id: string, directory = exercisesDirectory): WrongAnswer[] {
  const folder = readContentFolder(directory, id);
  return folder.filesMatching(/^wrong-.+\.ts$/).map((name) => {
    const code = folder.required(name);
    const expectedMessage = /^\/\/ The check says: (.+)$/m.exec(code)?.[1]?.trim();
    if (expectedMessage === undefined) {
      throw folder.error(name, 'add a "// The check says: …" line naming the message it must fail with.');
    }
    return { name: name.replace(/\.ts$/, ""), code, expectedMessage };
  });
}

/** A correct answer beside one exercise, other than its solution. */
export interface RightAnswer {
  /** The file's name without `.ts`, such as `right-with-abort-controller`. */
  name: string;
  code: string;
}

/** The right answers beside one exercise: solution.ts first, then every right-*.ts. */
export function readRightAnswers(id: string, directory = exercisesDirectory): RightAnswer[] {
  const folder = readContentFolder(directory, id);
  const others = folder.filesMatching(/^right-.+\.ts$/).map((name) => ({
    name: name.replace(/\.ts$/, ""),
    code: folder.required(name),
  }));
  return [{ name: "solution", code: folder.required("solution.ts") }, ...others];
}
