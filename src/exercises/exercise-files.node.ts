/**
 * Reads exercise folders (`src/content/exercises/<id>/`) from disk and validates them. A folder
 * holds start.ts, solution.ts, meta.json, optionally probe.ts (the check's own code, run after the
 * learner's), and wrong-<what>.ts files: plausible wrong answers that the tests hold the check to.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ExerciseMetaSchema, type ExerciseMeta } from "./check-schema.ts";

/** The folder that holds one sub-folder per exercise. */
export const exercisesDirectory = fileURLToPath(new URL("../content/exercises/", import.meta.url));

/** A wrong answer, and part of the English message its failed check must show. */
export interface WrongAnswer {
  name: string;
  code: string;
  /** From the file's `// The check says: …` line. */
  expectedMessage: string;
}

/** One exercise as read from its folder. */
export interface ExerciseFiles {
  id: string;
  meta: ExerciseMeta;
  start: string;
  solution: string;
}

/** Reads and validates every exercise, sorted by id; a bad meta.json names its folder. */
export function readAllExercises(directory = exercisesDirectory): ExerciseFiles[] {
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((id) => {
      const folder = join(directory, id);
      const parsed = ExerciseMetaSchema.safeParse(
        JSON.parse(readFileSync(join(folder, "meta.json"), "utf8")),
      );
      if (!parsed.success) {
        throw new Error(`Exercise "${id}": meta.json is invalid: ${parsed.error.message}`);
      }
      const probePath = join(folder, "probe.ts");
      const probe = existsSync(probePath) ? readFileSync(probePath, "utf8") : undefined;
      const meta = {
        ...parsed.data,
        check: { ...parsed.data.check, ...(probe === undefined ? {} : { probe }) },
      };
      return {
        id,
        meta,
        start: readFileSync(join(folder, "start.ts"), "utf8"),
        solution: readFileSync(join(folder, "solution.ts"), "utf8"),
      };
    });
}

/** The wrong answers beside one exercise; a file without its expected message is an error. */
export function readWrongAnswers(id: string, directory = exercisesDirectory): WrongAnswer[] {
  const folder = join(directory, id);
  return readdirSync(folder)
    .filter((name) => /^wrong-.+\.ts$/.test(name))
    .sort()
    .map((name) => {
      const code = readFileSync(join(folder, name), "utf8");
      const expectedMessage = /^\/\/ The check says: (.+)$/m.exec(code)?.[1]?.trim();
      if (expectedMessage === undefined) {
        throw new Error(
          `${id}/${name}: add a "// The check says: …" line naming the message it must fail with.`,
        );
      }
      return { name: name.replace(/\.ts$/, ""), code, expectedMessage };
    });
}
