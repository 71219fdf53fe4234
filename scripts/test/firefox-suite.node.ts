/**
 * The Firefox suite (`tests/firefox/*.spec.ts`), two files at a time, each with a Firefox of its
 * own, the longest first. `node --test` sorts the files it is given by name, which started the
 * runner's file (the longest) sixth, so it ended alone; `run()` keeps the order given.
 *
 * Usage: node scripts/test/firefox-suite.node.ts [file …]  (every spec file when none is named)
 */
import { readdirSync } from "node:fs";
import { run } from "node:test";
import { spec } from "node:test/reporters";
import { firefoxLongestFirst } from "../../tests/support/test-projects.ts";

/** The suite's files: the longest first, then the rest by name. */
function firefoxFiles(): string[] {
  const files = readdirSync("tests/firefox")
    .filter((name) => name.endsWith(".spec.ts"))
    .map((name) => `tests/firefox/${name}`)
    .sort();
  const longest: readonly string[] = firefoxLongestFirst;
  return [
    ...longest.filter((file) => files.includes(file)),
    ...files.filter((file) => !longest.includes(file)),
  ];
}

const named = process.argv.slice(2);
const stream = run({ files: named.length > 0 ? named : firefoxFiles(), concurrency: 2 });
stream.on("test:fail", () => (process.exitCode = 1));
stream.compose(spec).pipe(process.stdout);
