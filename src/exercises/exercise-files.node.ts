/**
 * Reads exercise folders (`src/content/exercises/<id>/`) from disk and validates them. A folder
 * holds start.ts, solution.ts, meta.json, optionally probe.ts (the check's own code, run after the
 * learner's), wrong-<what>.ts files: plausible wrong answers that the tests hold the check to, and
 * right-<what>.ts files: correct answers written otherwise than solution.ts, which must pass. An
 * exercise with a Python version (`python` in meta.json) holds the same files ending in `.py`.
 */
import { fileURLToPath } from "node:url";
import { listContentFolders, readContentFolder, type ContentFolder } from "../lib/content-folder.node.ts";
import { ExerciseCheckSchema, type ExerciseCheck } from "./check-schema.ts";
import { ExerciseMetaSchema, type ExerciseFiles, type ExerciseLanguage } from "./exercise-schema.ts";

/** How each language's files end, and how a wrong answer names the message it must fail with. */
const saysLine: Record<ExerciseLanguage, RegExp> = {
  ts: /^\/\/ The check says: (.+)$/m,
  py: /^# The check says: (.+)$/m,
};

/** How a wrong answer that tries to fool the check, rather than merely being wrong, says how. */
const trickLine: Record<ExerciseLanguage, RegExp> = {
  ts: /^\/\/ It tries to fool the check: (.+)$/m,
  py: /^# It tries to fool the check: (.+)$/m,
};

/** The folder that holds one sub-folder per exercise. */
export const exercisesDirectory = fileURLToPath(new URL("../content/exercises/", import.meta.url));

/** A wrong answer, and part of the English message its failed check must show. */
export interface WrongAnswer {
  /** The file's name without `.ts` or `.py`, such as `wrong-status-200`. */
  name: string;
  /** The file's text. */
  code: string;
  /** From the file's `// The check says: …` line (`# The check says: …` in Python). */
  expectedMessage: string;
  /**
   * From an `// It tries to fool the check: …` line: how the answer reaches past its own work
   * (replacing a built-in, forging output, a timer standing in for waiting). Absent for an answer
   * that is merely wrong.
   */
  trick?: string;
}

/** Reads and validates one exercise folder; a problem is a `ContentFolderError` naming the file. */
export function readExercise(id: string, directory = exercisesDirectory): ExerciseFiles {
  const folder = readContentFolder(directory, id);
  const parsed = folder.json("meta.json", ExerciseMetaSchema);
  const probe = folder.optional("probe.ts");
  const meta = { ...parsed, check: { ...parsed.check, ...(probe === undefined ? {} : { probe }) } };
  const files = { id, meta, start: folder.required("start.ts"), solution: folder.required("solution.ts") };
  if (parsed.python === undefined) return files;
  const python = {
    start: folder.required("start.py"),
    solution: folder.required("solution.py"),
    check: pythonCheck(folder),
  };
  return { ...files, python };
}

/**
 * The Python check: the shared check as written, with the fields `python.check` gives laid over it
 * (merged before defaults apply, so a field it leaves out keeps the shared value), and probe.py as
 * its probe. The check as written holds no probe (probe.ts is read apart), so the TypeScript probe
 * never judges a Python run.
 */
function pythonCheck(folder: ContentFolder): ExerciseCheck {
  const raw = JSON.parse(folder.required("meta.json")) as {
    check: Record<string, unknown>;
    python: { check?: Record<string, unknown> };
  };
  const probe = folder.optional("probe.py");
  const merged = ExerciseCheckSchema.safeParse({
    ...raw.check,
    ...raw.python.check,
    ...(probe === undefined ? {} : { probe }),
  });
  if (!merged.success) {
    const issues = merged.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw folder.error("meta.json", `the Python check is invalid: ${issues.join("; ")}`);
  }
  return merged.data;
}

/** Reads and validates every exercise, sorted by id. */
export function readAllExercises(directory = exercisesDirectory): ExerciseFiles[] {
  return listContentFolders(directory).map((id) => readExercise(id, directory));
}

/** The wrong answers beside one exercise; a file without its expected message is an error. */
export function readWrongAnswers(
  id: string,
  directory = exercisesDirectory,
  language: ExerciseLanguage = "ts",
): WrongAnswer[] {
  const folder = readContentFolder(directory, id);
  return folder.filesMatching(new RegExp(`^wrong-.+\\.${language}$`)).map((name) => {
    const code = folder.required(name);
    const expectedMessage = saysLine[language].exec(code)?.[1]?.trim();
    if (expectedMessage === undefined) {
      const comment = language === "ts" ? "//" : "#";
      throw folder.error(
        name,
        `add a "${comment} The check says: …" line naming the message it must fail with.`,
      );
    }
    const trick = trickLine[language].exec(code)?.[1]?.trim();
    return {
      name: name.slice(0, -`.${language}`.length),
      code,
      expectedMessage,
      ...(trick === undefined ? {} : { trick }),
    };
  });
}

/** A correct answer beside one exercise, other than its solution. */
export interface RightAnswer {
  /** The file's name without `.ts`, such as `right-with-abort-controller`. */
  name: string;
  code: string;
}

/** The right answers beside one exercise: solution.ts first, then every right-*.ts (or `.py`). */
export function readRightAnswers(
  id: string,
  directory = exercisesDirectory,
  language: ExerciseLanguage = "ts",
): RightAnswer[] {
  const folder = readContentFolder(directory, id);
  const others = folder.filesMatching(new RegExp(`^right-.+\\.${language}$`)).map((name) => ({
    name: name.slice(0, -`.${language}`.length),
    code: folder.required(name),
  }));
  return [{ name: "solution", code: folder.required(`solution.${language}`) }, ...others];
}
