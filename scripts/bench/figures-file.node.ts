/**
 * Reads and writes bench/figures.json and the block README.md renders from it: the bench folds each
 * report in as it writes it, and `npm run bench:readme` re-renders the block without measuring.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { format, resolveConfig } from "prettier";
import { FiguresFileSchema, type FiguresFile } from "./figures-schema.ts";
import { foldReport } from "./figures-from-report.ts";
import { renderFiguresBlock, replaceFiguresBlock } from "./readme-figures.ts";

const root = new URL("../../", import.meta.url);
/** The committed figures file. */
export const figuresFile = new URL("bench/figures.json", root);
const readmeFile = new URL("README.md", root);

/** The committed figures, or undefined before the first run. */
export function readFigures(file: URL = figuresFile): FiguresFile | undefined {
  if (!existsSync(file)) return undefined;
  const parsed = FiguresFileSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success)
    throw new TypeError(`${file.pathname} is not a figures file; fix it or delete it and run the bench`, {
      cause: parsed.error,
    });
  return parsed.data;
}

/** Writes README.md's block from the figures file. */
export function renderReadme(figures: FiguresFile | undefined = readFigures()): void {
  const readme = readFileSync(readmeFile, "utf8");
  writeFileSync(readmeFile, replaceFiguresBlock(readme, renderFiguresBlock(figures ?? { about: "" })));
}

/**
 * Folds reports into the figures file, in the order given, then re-renders README.md's block.
 * `reports` pairs each report with where it was written (e.g. `reports/bench-paint.json`).
 */
export async function recordFigures(
  reports: { report: unknown; name: string }[],
): Promise<FiguresFile | undefined> {
  let figures = readFigures();
  // Read each report as its file holds it: JSON writes a NaN figure (none taken) as null.
  for (const { report, name } of reports)
    figures = foldReport(figures, JSON.parse(JSON.stringify(report)) as unknown, name);
  if (figures !== undefined) {
    // Written as Prettier writes JSON, so a reviewer's formatter leaves the committed file alone.
    const options = { ...(await resolveConfig(fileURLToPath(figuresFile))), parser: "json" };
    // Parsed on the way out too: the file is written in the schema's order of parts, whatever the runs'.
    const ordered = FiguresFileSchema.parse(figures);
    writeFileSync(figuresFile, await format(JSON.stringify(ordered), options));
  }
  renderReadme(figures);
  return figures;
}
