/**
 * The one module that queries the content collections. Pages and components ask here, so the
 * rules (ordering, language fallbacks, missing samples) live in one place.
 */
import { getCollection, getEntry, type CollectionEntry } from "astro:content";
import { defaultLocale, isLocaleCode, localeCodes, type LocaleCode } from "../i18n/locales.ts";
import { chaptersWithFallback } from "./chapter-fallback.ts";

/** A chapter page entry. */
export type Lesson = CollectionEntry<"lessons">;
/** A sample entry. */
export type Sample = CollectionEntry<"samples">;

/** Splits a lesson id (`en/using-asyncio`) into its language and slug. */
export function lessonLocation(lesson: Lesson): { lang: LocaleCode; slug: string } {
  const [lang, ...rest] = lesson.id.split("/");
  if (!isLocaleCode(lang) || rest.length !== 1) {
    throw new Error(
      `Lesson "${lesson.id}" must live at src/content/docs/<${localeCodes.join("|")}>/<slug>.mdx.`,
    );
  }
  return { lang, slug: rest.join("/") };
}

/** A chapter of one language: the lesson that serves it, which is the English one when `fallback`. */
export interface Chapter {
  slug: string;
  order: number;
  lesson: Lesson;
  fallback: boolean;
}

/**
 * Every chapter of one language, in sidebar order. A language may ship a subset of the chapters:
 * each one it lacks is served by the English lesson (`fallback: true`), at the language's own URL.
 */
export async function chaptersIn(lang: LocaleCode): Promise<Chapter[]> {
  const all = await getCollection("lessons");
  const chaptersOf = (code: LocaleCode) =>
    all
      .filter((lesson) => lessonLocation(lesson).lang === code)
      .map((lesson) => ({ slug: lessonLocation(lesson).slug, order: lesson.data.order, lesson }));
  return chaptersWithFallback(chaptersOf(lang), chaptersOf(defaultLocale)).map(({ entry, fallback }) => ({
    ...entry,
    fallback,
  }));
}

/** The lessons that serve one language's chapters (English ones where it has no page), in sidebar order. */
export async function lessonsIn(lang: LocaleCode): Promise<Lesson[]> {
  return (await chaptersIn(lang)).map((chapter) => chapter.lesson);
}

/** Every sample. */
export async function allSamples(): Promise<Sample[]> {
  return getCollection("samples");
}

/** The sample with this id; a clear error names the id when it is missing. */
export async function sampleById(id: string): Promise<Sample> {
  const sample = await getEntry("samples", id);
  if (sample === undefined) {
    throw new Error(`No sample "${id}". Add src/content/samples/${id}/ or fix the id in the MDX.`);
  }
  return sample;
}

/** An exercise entry. */
export type Exercise = CollectionEntry<"exercises">;

/** Every exercise, by chapter then id. */
export async function allExercises(): Promise<Exercise[]> {
  const all = await getCollection("exercises");
  return all.sort((a, b) => a.data.meta.chapter - b.data.meta.chapter || a.id.localeCompare(b.id));
}

/** The exercise with this id; a clear error names the id when it is missing. */
export async function exerciseById(id: string): Promise<Exercise> {
  const exercise = await getEntry("exercises", id);
  if (exercise === undefined) {
    throw new Error(`No exercise "${id}". Add src/content/exercises/${id}/ or fix the id in the MDX.`);
  }
  return exercise;
}

/** The URL of a lesson page. */
export function lessonUrl(lang: LocaleCode, slug: string): string {
  return `/${lang}/${slug}/`;
}
