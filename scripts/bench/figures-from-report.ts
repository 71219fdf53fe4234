/**
 * Reads the README's figures out of one bench report (reports/bench*.json) and folds them into the
 * figures file. A part counts as measured when the report holds its figures (a description string
 * in its place, as the report's header writes, is not a measurement); a part that is there in a shape
 * this module does not know is an error, so a change to the bench cannot silently blank the README.
 */
import { z } from "astro/zod";
import {
  engineNames,
  figuresAbout,
  type EngineName,
  type EnginePart,
  type FiguresFile,
  type Measured,
} from "./figures-schema.ts";

/** One engine's figures of one part, as the figures file holds them. */
type PartFigures<Part extends EnginePart> = NonNullable<
  NonNullable<FiguresFile[Part]>[EngineName]
>["figures"];

const number = z.number().nullable();
const Weight = z.object({ gzipBytes: number });
const Page = z.object({
  medianFcpMs: number,
  medianLcpMs: number,
  worstTbtMs: number,
  elements: number,
  htmlGzipBytes: number,
  jsGzipBytesBeforeInteraction: number,
});
const PythonRun = z.object({ medianPressToFirstOutputMs: number });
const Task = z.object({
  worstFirstLineAfterPrintMs: number,
  worstProgramEndToDrawnMs: number,
  worstFrameMs: number,
});
const BuildSide = z.object({ seconds: number, warmSeconds: number.optional(), distBytes: number });

/** Each part's figures, read from one engine's report. */
const engineParts: { [Part in EnginePart]: z.ZodType<PartFigures<Part>> } = {
  scripts: z
    .object({
      scripts: z.object({
        returningVisitBuiltInRemembered: Weight,
        firstRun: Weight,
        firstEdit: Weight,
        firstEditedRun: Weight,
      }),
      everyLessonPageFirstVisit: z.object({ largestGzipBytes: number }),
    })
    .transform(({ scripts, everyLessonPageFirstVisit }) => ({
      returningVisitGzipBytes: scripts.returningVisitBuiltInRemembered.gzipBytes,
      firstRunGzipBytes: scripts.firstRun.gzipBytes,
      firstEditGzipBytes: scripts.firstEdit.gzipBytes,
      firstEditedRunGzipBytes: scripts.firstEditedRun.gzipBytes,
      largestPageFirstVisitGzipBytes: everyLessonPageFirstVisit.largestGzipBytes,
    })),
  exercise: z
    .object({ exerciseFirstRun: z.object({ verdictChunkGzipBytes: number }) })
    .transform(({ exerciseFirstRun }) => ({ verdictGzipBytes: exerciseFirstRun.verdictChunkGzipBytes })),
  runs: z
    .object({
      firstRunPerChapterWithPointer: z.object({
        medianPressToFirstOutputMs: number,
        worstPressToFirstOutputMs: number,
      }),
    })
    .transform(({ firstRunPerChapterWithPointer }) => firstRunPerChapterWithPointer),
  python: z
    .object({
      python: z.object({
        firstRunOnFirstVisit: PythonRun,
        nextRunSamePage: PythonRun,
        firstRunNextChapter: PythonRun,
      }),
    })
    .transform(({ python }) => ({
      firstVisitMs: python.firstRunOnFirstVisit.medianPressToFirstOutputMs,
      afterBootMs: python.nextRunSamePage.medianPressToFirstOutputMs,
      nextChapterMs: python.firstRunNextChapter.medianPressToFirstOutputMs,
    })),
  paint: z.object({ paint: z.object({ lessonPage: Page, starlightPage: Page }) }).transform(({ paint }) => {
    const page = (figures: z.output<typeof Page>) => ({
      fcpMs: figures.medianFcpMs,
      lcpMs: figures.medianLcpMs,
      worstTbtMs: figures.worstTbtMs,
      elements: figures.elements,
      htmlGzipBytes: figures.htmlGzipBytes,
      jsGzipBytesBeforeInteraction: figures.jsGzipBytesBeforeInteraction,
    });
    return { lesson: page(paint.lessonPage), starlight: page(paint.starlightPage) };
  }),
  tasks: z.object({ manyTasks: z.record(z.string(), Task) }).transform(({ manyTasks }) =>
    Object.fromEntries(
      Object.entries(manyTasks).map(([name, task]) => [
        name,
        {
          worstFirstLineAfterPrintMs: task.worstFirstLineAfterPrintMs,
          worstProgramEndToDrawnMs: task.worstProgramEndToDrawnMs,
          worstFrameMs: task.worstFrameMs,
        },
      ]),
    ),
  ),
  boots: z
    .object({
      bootsPerVisit: z.object({
        reading: z.object({ boots: number }),
        runningOneSampleEach: z.object({ boots: number }),
      }),
    })
    .transform(({ bootsPerVisit }) => ({
      reading: bootsPerVisit.reading.boots,
      runningOneSampleEach: bootsPerVisit.runningOneSampleEach.boots,
    })),
};

/** The report field each part's presence is read from (its first field). */
const partKeys: Record<EnginePart, string> = {
  scripts: "scripts",
  exercise: "exerciseFirstRun",
  runs: "firstRunPerChapterWithPointer",
  python: "python",
  paint: "paint",
  tasks: "manyTasks",
  boots: "bootsPerVisit",
};

const Report = z.object({
  date: z.string(),
  cores: z.number().optional(),
  loadAverageAtEnd: z.array(z.number()).optional(),
  engines: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
  buildPerPage: z.unknown().optional(),
});

const BuildPerPage = z
  .object({ oursPerAddedPage: BuildSide, starlightPerAddedPage: BuildSide })
  .transform(({ oursPerAddedPage, starlightPerAddedPage }) => {
    const side = (figures: z.output<typeof BuildSide>) => ({
      ...figures,
      warmSeconds: figures.warmSeconds ?? null,
    });
    return { ours: side(oursPerAddedPage), starlight: side(starlightPerAddedPage) };
  });

function parsePart<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  where: string,
): z.output<Schema> {
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new TypeError(
      `${where} is not in the shape scripts/bench/figures-from-report.ts reads; update it with the bench`,
      { cause: parsed.error },
    );
  return parsed.data;
}

/**
 * Folds what `report` measured into `figures` (a new file when undefined); `reportName` is where the
 * report was written, e.g. `reports/bench-paint.json`. Parts the report did not measure are kept, and
 * so are figures newer than the report's.
 */
export function foldReport(
  figures: FiguresFile | undefined,
  report: unknown,
  reportName: string,
): FiguresFile {
  const { date, cores, loadAverageAtEnd, engines, buildPerPage } = parsePart(Report, report, reportName);
  const stamp = <Figures>(partFigures: Figures): Measured<Figures> => ({
    date,
    report: reportName,
    machine: { cores: cores ?? null, loadAverage: loadAverageAtEnd ?? null },
    figures: partFigures,
  });
  const next: FiguresFile = { ...figures, about: figuresAbout };
  // An older report named after a newer run (bench:readme's arguments) must not undo it.
  const isNewer = (held: { date: string } | undefined) => held === undefined || held.date <= date;
  for (const engine of engineNames) {
    const engineReport = engines?.[engine];
    if (engineReport === undefined) continue;
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- Part ties the schema's output to next[part], which a plain union cannot.
    const fold = <Part extends EnginePart>(part: Part) => {
      if (!(partKeys[part] in engineReport)) return;
      const read = parsePart(engineParts[part], engineReport, `${reportName}: ${engine}'s ${part}`);
      if (isNewer(next[part]?.[engine])) next[part] = { ...next[part], [engine]: stamp(read) };
    };
    for (const part of Object.keys(partKeys) as EnginePart[]) fold(part);
  }
  // The report's header describes buildPerPage in a string; a measured run replaces it with figures.
  if (typeof buildPerPage === "object" && buildPerPage !== null)
    if (isNewer(next.build))
      next.build = stamp(parsePart(BuildPerPage, buildPerPage, `${reportName}: buildPerPage`));
  return next;
}
