/**
 * Turns bench/figures.json into the Markdown block README.md shows between its bench-figures
 * markers: one table of what a visitor's browser does, one of what each added page costs to build,
 * each figure beside the goal issue 22 sets for it and the run it came from. A part never measured
 * reads "not measured", so a fresh checkout or a new figure renders rather than fails.
 */
import { engineNames, type FiguresFile, type Measured } from "./figures-schema.ts";
import { browserRows, buildRows, when } from "./readme-figure-rows.ts";

/** The markers around the block in README.md. */
export const blockStart = "<!-- bench-figures:start -->";
export const blockEnd = "<!-- bench-figures:end -->";

/** A Markdown table with its columns padded to one width, as Prettier writes them. */
function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) =>
    Math.max(3, title.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ")} |`;
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n");
}

/** Every run the figures came from, once each: when, which report, and how busy the machine was. */
function runsList(figures: FiguresFile): string {
  const entries: Measured<unknown>[] = [];
  for (const part of [
    figures.scripts,
    figures.exercise,
    figures.runs,
    figures.python,
    figures.paint,
    figures.tasks,
    figures.boots,
  ])
    for (const engine of engineNames) if (part?.[engine] !== undefined) entries.push(part[engine]);
  if (figures.build !== undefined) entries.push(figures.build);
  const lines = new Map<string, string>();
  for (const { date, report, machine } of entries) {
    const load =
      machine.loadAverage === null
        ? "load average not recorded"
        : `load average ${machine.loadAverage.join(" / ")} at its end`;
    const cores = machine.cores === null ? "cores not recorded" : `${machine.cores} cores`;
    lines.set(`${date} ${report}`, `- ${when(date)} UTC: \`${report}\`, ${cores}, ${load}`);
  }
  return [...lines.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, line]) => line)
    .join("\n");
}

/** The block, markers included, that README.md holds for `figures`. */
export function renderFiguresBlock(figures: FiguresFile): string {
  const browser = browserRows(figures).map((row) => [
    row.label,
    ...engineNames.map((engine) => row.cells[engine]),
    row.goal === "" ? "—" : row.goal,
    row.dates.length === 0 ? "—" : row.dates.join(", "),
  ]);
  const runs = runsList(figures);
  return [
    blockStart,
    "<!-- Written from bench/figures.json by `npm run bench` and `npm run bench:readme`; edit those, not this. -->",
    "",
    "In the browser (Chromium's CPU slowed 4×; ✓ meets the goal of issue 22, ✗ misses it):",
    "",
    table(["Figure", "Chromium", "Firefox", "Goal", "Measured (UTC)"], browser),
    "",
    "Building, per added page, beside the Starlight twin:",
    "",
    table(
      ["Figure", "Ours", "Starlight", "Ours / Starlight", "Goal", "Measured (UTC)"],
      buildRows(figures.build),
    ),
    "",
    runs === "" ? "No run measured yet: `npm run bench`." : `Runs the figures come from:\n\n${runs}`,
    "",
    blockEnd,
  ].join("\n");
}

/** `readme` with its block replaced by `block`; a README without both markers is an error. */
export function replaceFiguresBlock(readme: string, block: string): string {
  const start = readme.indexOf(blockStart);
  const end = readme.indexOf(blockEnd);
  if (start === -1 || end < start)
    throw new Error(
      `README.md has no ${blockStart} … ${blockEnd} block; put both markers where the figures go`,
    );
  return readme.slice(0, start) + block + readme.slice(end + blockEnd.length);
}

/** The block README.md holds now, markers included, or undefined when it has none. */
export function currentFiguresBlock(readme: string): string | undefined {
  const start = readme.indexOf(blockStart);
  const end = readme.indexOf(blockEnd);
  return start === -1 || end < start ? undefined : readme.slice(start, end + blockEnd.length);
}
