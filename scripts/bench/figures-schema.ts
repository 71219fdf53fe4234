/**
 * The shape of bench/figures.json: the few figures the README quotes, each part with the date,
 * machine and report it came from. Parts are kept per engine, so a run of one part (BENCH_ONLY) or
 * one engine (BENCH_ENGINES) replaces only what it measured and every other figure keeps its own date.
 */
import { z } from "astro/zod";

/** A figure the bench could not take (a NaN median) is written as null. */
const figure = z.number().nullable();

/** The machine a run measured on; null where an older report did not record it. */
const MachineSchema = z.object({
  cores: z.number().nullable(),
  /** One-, five- and fifteen-minute load averages when the run ended. */
  loadAverage: z.array(z.number()).nullable(),
});

/** One run's figures of one part, with where and when they were taken. */
const measured = <Figures extends z.ZodType>(figures: Figures) =>
  z.object({
    /** ISO date of the run (its end). */
    date: z.string(),
    /** The report the figures were read from, relative to the project. */
    report: z.string(),
    machine: MachineSchema,
    figures,
  });

const perEngine = <Figures extends z.ZodType>(figures: Figures) =>
  z.object({ chromium: measured(figures).optional(), firefox: measured(figures).optional() }).optional();

/** Gzipped JS the steps after a first visit load (scriptsByStep), and the heaviest page's first visit. */
const ScriptFiguresSchema = z.object({
  /** The same page opened again with the built-in runtime chosen and remembered. */
  returningVisitGzipBytes: figure,
  firstRunGzipBytes: figure,
  /** The first edit: the editor. */
  firstEditGzipBytes: figure,
  /** The first Run of edited code: the transpiler. */
  firstEditedRunGzipBytes: figure,
  largestPageFirstVisitGzipBytes: figure,
});

/** The first Run of each chapter's first sample, pressed with a pointer, press to first output. */
const RunFiguresSchema = z.object({
  medianPressToFirstOutputMs: figure,
  worstPressToFirstOutputMs: figure,
});

/** Run Python, press to first output (medians). */
const PythonFiguresSchema = z.object({
  firstVisitMs: figure,
  afterBootMs: figure,
  nextChapterMs: figure,
});

const PageFiguresSchema = z.object({
  fcpMs: figure,
  lcpMs: figure,
  /** Null where the engine reports no long tasks (Firefox). */
  worstTbtMs: figure,
  elements: figure,
  htmlGzipBytes: figure,
  jsGzipBytesBeforeInteraction: figure,
});

/** The lesson page beside its Starlight twin (medians, worst blocking time). */
export const PaintFiguresSchema = z.object({ lesson: PageFiguresSchema, starlight: PageFiguresSchema });

/** Per program of N tasks (`tasks1000`, …): the worsts of its second runs, which the goals read. */
const TaskFiguresSchema = z.record(
  z.string(),
  z.object({ worstFirstLineAfterPrintMs: figure, worstProgramEndToDrawnMs: figure, worstFrameMs: figure }),
);

/** WebContainer boots in a five-chapter visit. */
const BootFiguresSchema = z.object({ reading: figure, runningOneSampleEach: figure });

const BuildSideSchema = z.object({ seconds: figure, warmSeconds: figure, distBytes: figure });

/** Build cost per added page, ours and the Starlight twin's. */
const BuildFiguresSchema = z.object({ ours: BuildSideSchema, starlight: BuildSideSchema });

/** bench/figures.json: each part optional, as a part the bench never ran is simply absent. */
export const FiguresFileSchema = z.object({
  about: z.string(),
  scripts: perEngine(ScriptFiguresSchema),
  exercise: perEngine(z.object({ verdictGzipBytes: figure })),
  runs: perEngine(RunFiguresSchema),
  python: perEngine(PythonFiguresSchema),
  paint: perEngine(PaintFiguresSchema),
  tasks: perEngine(TaskFiguresSchema),
  boots: perEngine(BootFiguresSchema),
  build: measured(BuildFiguresSchema).optional(),
});

/** The whole figures file. */
export type FiguresFile = z.output<typeof FiguresFileSchema>;
/** Where and when one part's figures were taken. */
export interface Measured<Figures> {
  date: string;
  report: string;
  machine: z.output<typeof MachineSchema>;
  figures: Figures;
}
/** The parts measured in a browser, one entry per engine. */
export type EnginePart = "scripts" | "exercise" | "runs" | "python" | "paint" | "tasks" | "boots";
/** The engines the bench drives. */
export const engineNames = ["chromium", "firefox"] as const;
/** One of `engineNames`. */
export type EngineName = (typeof engineNames)[number];

/** What the file says about itself, for a reader who opens it first. */
export const figuresAbout =
  "The figures README.md quotes, written by `npm run bench` from the parts each run measured (a " +
  "BENCH_ONLY run replaces only its part; the others keep their dates). `npm run bench:readme` " +
  "renders them into README.md. What each figure means: scripts/bench/descriptions.ts.";
