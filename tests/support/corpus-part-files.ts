/**
 * The test files on disk that judge parts of an exercise corpus (`tests/suites/<prefix>*.test.ts`),
 * sorted: each corpus checks them against its list in test-projects.ts, so that a part without a
 * file, or a file vitest would not run, fails a test.
 */
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

export function corpusPartFilesOnDisk(prefix: string): string[] {
  return readdirSync(fileURLToPath(new URL("../suites/", import.meta.url)))
    .filter((name) => name.startsWith(prefix))
    .map((name) => `tests/suites/${name}`)
    .sort();
}
