/**
 * Reads sample folders (`src/content/examples/<id>/`) from disk and validates them. The content
 * loader and the sample tests both use it, so they always agree on what a sample is.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ExampleIdSchema, ExampleMetaSchema, type ExampleFiles } from "./example-schema.ts";

/** The folder that holds one sub-folder per sample. */
export const examplesDirectory = fileURLToPath(new URL("../content/examples/", import.meta.url));

/** Raised when a sample folder is incomplete or its meta.json is invalid. */
export class InvalidExampleError extends Error {
  constructor(id: string, problem: string, options?: ErrorOptions) {
    super(`Sample "${id}" (src/content/examples/${id}/): ${problem}`, options);
    this.name = "InvalidExampleError";
  }
}

function readRequired(id: string, folder: string, name: string): string {
  const path = join(folder, name);
  if (!existsSync(path)) throw new InvalidExampleError(id, `${name} is missing.`);
  return readFileSync(path, "utf8");
}

/** Reads and validates one sample folder. */
export function readExample(id: string, directory = examplesDirectory): ExampleFiles {
  const idCheck = ExampleIdSchema.safeParse(id);
  if (!idCheck.success) throw new InvalidExampleError(id, idCheck.error.issues[0]?.message ?? "bad id");
  const folder = join(directory, id);
  let rawMeta: unknown;
  try {
    rawMeta = JSON.parse(readRequired(id, folder, "meta.json"));
  } catch (error) {
    if (error instanceof InvalidExampleError) throw error;
    throw new InvalidExampleError(id, "meta.json is not valid JSON.", { cause: error });
  }
  const meta = ExampleMetaSchema.safeParse(rawMeta);
  if (!meta.success) {
    const issues = meta.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new InvalidExampleError(id, `meta.json is invalid: ${issues.join("; ")}`);
  }
  const pythonPath = join(folder, "expected.python.txt");
  const expectedPython = existsSync(pythonPath) ? readFileSync(pythonPath, "utf8") : undefined;
  if ((expectedPython === undefined) !== (meta.data.pythonDiffers === undefined)) {
    throw new InvalidExampleError(id, "expected.python.txt and meta.pythonDiffers go together.");
  }
  return {
    id,
    meta: meta.data,
    python: readRequired(id, folder, "main.py"),
    typescript: readRequired(id, folder, "main.ts"),
    expected: readRequired(id, folder, "expected.txt"),
    expectedPython,
  };
}

/** Lists the ids of every sample folder, sorted. */
export function listExampleIds(directory = examplesDirectory): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Reads every sample. */
export function readAllExamples(directory = examplesDirectory): ExampleFiles[] {
  return listExampleIds(directory).map((id) => readExample(id, directory));
}
