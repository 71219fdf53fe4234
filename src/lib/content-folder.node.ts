/**
 * Reads content folders from disk: a sample (`src/content/samples/<id>/`) or an exercise
 * (`src/content/exercises/<id>/`) is a folder of files, and both loaders, the tests and the build
 * read them through here. So a missing or broken file always fails the same way, with an error that
 * names the folder and the file, whoever was reading.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
import type { z } from "astro/zod";

/** The folder as a reader would type it: relative to the project when it is inside it. */
function shownPath(folder: string): string {
  const fromHere = relative(process.cwd(), folder);
  return fromHere === "" || fromHere.startsWith("..") || isAbsolute(fromHere) ? folder : fromHere;
}

/** Raised when a content folder lacks a file, or holds one that does not parse or validate. */
export class ContentFolderError extends Error {
  /** The folder, as given to {@link readContentFolder}. */
  readonly folder: string;
  /** The file in it that is missing or wrong; undefined when the folder as a whole is wrong. */
  readonly file: string | undefined;

  constructor(folder: string, file: string | undefined, problem: string, options?: ErrorOptions) {
    const where = `${join(shownPath(folder), file ?? "")}${file === undefined ? "/" : ""}`;
    super(`${where}: ${problem}`, options);
    this.name = "ContentFolderError";
    this.folder = folder;
    this.file = file;
  }
}

/** One content folder, with the ways a loader reads its files. */
export interface ContentFolder {
  /** The folder's path. */
  path: string;
  /** The folder's own name: the sample's or exercise's id. */
  id: string;
  /** A file's text; a missing file is a {@link ContentFolderError} naming it. */
  required(name: string): string;
  /** A file's text, or undefined when the folder has no such file. */
  optional(name: string): string | undefined;
  /** A JSON file, parsed and validated by `schema`; every problem names the file. */
  json<Schema extends z.ZodType>(name: string, schema: Schema): z.output<Schema>;
  /** The names of the files whose name matches `pattern`, sorted. */
  filesMatching(pattern: RegExp): string[];
  /** An error about this folder, or about one file in it. */
  error(file: string | undefined, problem: string, options?: ErrorOptions): ContentFolderError;
}

/** Opens the folder `id` inside `directory`; reading happens file by file, on demand. */
export function readContentFolder(directory: string, id: string): ContentFolder {
  const path = join(directory, id);
  if (!existsSync(path)) throw new ContentFolderError(path, undefined, "the folder does not exist.");
  const error = (file: string | undefined, problem: string, options?: ErrorOptions) =>
    new ContentFolderError(path, file, problem, options);
  const optional = (name: string) => {
    const file = join(path, name);
    return existsSync(file) ? readFileSync(file, "utf8") : undefined;
  };
  const required = (name: string) => {
    const text = optional(name);
    if (text === undefined) throw error(name, "the file is missing.");
    return text;
  };
  return {
    path,
    id,
    required,
    optional,
    json(name, schema) {
      let raw: unknown;
      try {
        raw = JSON.parse(required(name));
      } catch (cause) {
        if (cause instanceof ContentFolderError) throw cause;
        throw error(name, "the file is not valid JSON.", { cause });
      }
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
        throw error(name, `the file is invalid: ${issues.join("; ")}`, { cause: parsed.error });
      }
      return parsed.data;
    },
    filesMatching(pattern) {
      return readdirSync(path)
        .filter((name) => pattern.test(name))
        .sort();
    },
    error,
  };
}

/** The names of the sub-folders of `directory` (one per sample or exercise), sorted. */
export function listContentFolders(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}
