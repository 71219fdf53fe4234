/**
 * README.md's bench figures are rendered from bench/figures.json, never typed: the block must be
 * exactly what the renderer makes of the committed file, a part never measured must read "not
 * measured", and a run of one part must replace that part alone.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readFigures } from "../../scripts/bench/figures-file.node.ts";
import { foldReport } from "../../scripts/bench/figures-from-report.ts";
import { figuresAbout } from "../../scripts/bench/figures-schema.ts";
import {
  blockEnd,
  blockStart,
  currentFiguresBlock,
  renderFiguresBlock,
  replaceFiguresBlock,
} from "../../scripts/bench/readme-figures.ts";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const page = { medianFcpMs: 300, medianLcpMs: 400, worstTbtMs: 0, elements: 900 };
const paintReport = (date: string, lessonFcpMs: number) => ({
  date,
  cores: 2,
  loadAverageAtEnd: [1.5, 1.25, 1],
  buildPerPage: "build seconds … (a description, not a measurement)",
  engines: {
    chromium: {
      version: "1",
      paint: {
        lessonPage: {
          ...page,
          medianFcpMs: lessonFcpMs,
          htmlGzipBytes: 10_000,
          jsGzipBytesBeforeInteraction: 9_000,
        },
        starlightPage: { ...page, htmlGzipBytes: 20_000, jsGzipBytesBeforeInteraction: 30_000 },
      },
    },
  },
});
const pythonRun = (ms: number) => ({ medianPressToFirstOutputMs: ms });
const pythonReport = {
  date: "2026-01-01T00:00:00.000Z",
  engines: {
    firefox: {
      python: {
        firstRunOnFirstVisit: pythonRun(5_000),
        nextRunSamePage: pythonRun(40),
        firstRunNextChapter: pythonRun(4_000),
      },
    },
  },
};

describe("README.md's bench figures", () => {
  it("are what the renderer makes of bench/figures.json (run `npm run bench:readme` if not)", () => {
    const figures = readFigures();
    expect(figures, "bench/figures.json is committed").toBeDefined();
    expect(currentFiguresBlock(readme)).toBe(renderFiguresBlock(figures ?? { about: "" }));
  });

  it("says a part was never measured rather than failing", () => {
    const block = renderFiguresBlock({ about: figuresAbout });
    expect(block.startsWith(blockStart) && block.endsWith(blockEnd)).toBe(true);
    expect(block.match(/not measured/g)?.length).toBeGreaterThan(20);
    expect(block).toContain("No run measured yet");
  });

  it("shows one engine's part and says the other was not measured", () => {
    const block = renderFiguresBlock(
      foldReport(undefined, paintReport("2026-02-03T04:05:06.000Z", 450), "r.json"),
    );
    const fcp = block.split("\n").find((line) => line.startsWith("| First contentful paint"));
    expect(fcp?.split("|").map((cell) => cell.trim())).toEqual([
      "",
      "First contentful paint",
      "450 ms (Starlight 300 ms, 1.50×) ✗",
      "not measured",
      "≤ Starlight's",
      "2026-02-03 04:05",
      "",
    ]);
    expect(block).toContain(
      "- 2026-02-03 04:05 UTC: `r.json`, 2 cores, load average 1.5 / 1.25 / 1 at its end",
    );
  });
});

describe("foldReport", () => {
  it("replaces only the parts and engines a report measured, each keeping its own date", () => {
    const first = foldReport(
      foldReport(undefined, pythonReport, "old.json"),
      paintReport("2026-02-01T00:00:00.000Z", 450),
      "a.json",
    );
    const second = foldReport(first, paintReport("2026-03-01T00:00:00.000Z", 250), "b.json");
    expect(second.python).toEqual(first.python);
    expect(second.python?.firefox?.machine).toEqual({ cores: null, loadAverage: null });
    expect(second.paint?.chromium?.date).toBe("2026-03-01T00:00:00.000Z");
    expect(second.paint?.chromium?.figures.lesson.fcpMs).toBe(250);
    // An older report folded in later keeps the newer figures.
    expect(foldReport(second, paintReport("2026-02-15T00:00:00.000Z", 999), "c.json").paint).toEqual(
      second.paint,
    );
    // A description string where the figures would be is not a measurement.
    expect(second.build).toBeUndefined();
  });

  it("names the report and part whose shape it does not know", () => {
    const broken = { date: "2026-01-01T00:00:00.000Z", engines: { chromium: { paint: { lessonPage: {} } } } };
    expect(() => foldReport(undefined, broken, "reports/bench-paint.json")).toThrow(
      "reports/bench-paint.json: chromium's paint is not in the shape",
    );
  });
});

describe("replaceFiguresBlock", () => {
  it("replaces the block and refuses a README without markers", () => {
    expect(replaceFiguresBlock(`a\n${blockStart}\nold\n${blockEnd}\nb`, "NEW")).toBe("a\nNEW\nb");
    expect(() => replaceFiguresBlock("no markers", "NEW")).toThrow(/has no .* block/);
  });
});
