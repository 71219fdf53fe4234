/**
 * `npm run bench:readme`: re-renders README.md's bench figures from bench/figures.json, measuring
 * nothing. Given report files (`npm run bench:readme -- reports/bench-paint.json …`), it first folds
 * what each measured into bench/figures.json, as `npm run bench` does after a run (a part's figures
 * are replaced only by a newer run's, whatever the order the files are named in).
 */
import { readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { recordFigures, renderReadme } from "./bench/figures-file.node.ts";

const root = fileURLToPath(new URL("../", import.meta.url));
const reports = process.argv.slice(2).map((path) => {
  const report: unknown = JSON.parse(readFileSync(path, "utf8"));
  return { report, name: relative(root, resolve(path)) };
});
if (reports.length === 0) renderReadme();
else await recordFigures(reports);
console.log(
  `bench:readme: README.md's figures rendered from bench/figures.json (${reports.length} reports folded in)`,
);
