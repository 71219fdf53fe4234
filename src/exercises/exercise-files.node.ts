/** Reads exercise folders (`src/content/exercises/<id>/`) from disk and validates them. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ExerciseMetaSchema, type ExerciseMeta } from "./check-schema.ts";

/** The folder that holds one sub-folder per exercise. */
export const exercisesDirectory = fileURLToPath(new URL("../content/exercises/", import.meta.url));

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
      return {
        id,
        meta: parsed.data,
        start: readFileSync(join(folder, "start.ts"), "utf8"),
        solution: readFileSync(join(folder, "solution.ts"), "utf8"),
      };
    });
}
