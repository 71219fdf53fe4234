import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";
import { readAllSamples } from "./samples/sample-files.node.ts";
import { SampleFilesSchema } from "./samples/sample-schema.ts";
import { readAllExercises } from "./exercises/exercise-files.node.ts";
import { ExerciseFilesSchema } from "./exercises/exercise-schema.ts";

/** Chapter pages: `src/content/docs/<lang>/<slug>.mdx`; the entry id is `<lang>/<slug>`. */
const lessons = defineCollection({
  loader: glob({ pattern: "**/*.mdx", base: "./src/content/docs" }),
  schema: z
    .object({
      /** The page title, also used in the sidebar. */
      title: z.string().min(1),
      /** One sentence for search results and link previews. */
      description: z.string().min(1),
      /** Position in the sidebar: the chapters (1 to 15), then reference pages (20 on). */
      order: z.number().int().positive(),
      /** Short label before the title in the sidebar, such as "1" or "Ref". */
      label: z.string().min(1),
    })
    .strict(),
});

/** Samples: one folder each under `src/content/samples/`, read and validated as a whole. */
const samples = defineCollection({
  loader: () => readAllSamples().map((sample) => ({ ...sample })),
  schema: SampleFilesSchema,
});

/** Exercises: one folder each under `src/content/exercises/` (start.ts, solution.ts, meta.json). */
const exercises = defineCollection({
  loader: () => readAllExercises().map((exercise) => ({ ...exercise })),
  schema: ExerciseFilesSchema,
});

export const collections = { lessons, samples, exercises };
