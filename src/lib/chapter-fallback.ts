/**
 * A locale may ship a subset of the chapters: each chapter it lacks is served from the default
 * locale (English) at the locale's own URL, with a notice, as Starlight does. This module decides
 * which entry serves each chapter of a locale; it is pure so the rule is unit-tested apart from
 * the content collections.
 */

/** What the rule needs to know of a chapter entry. */
export interface ChapterLike {
  slug: string;
  order: number;
}

/** One chapter of a locale: the entry that serves it, and whether that entry is the fallback. */
export interface ServedChapter<T extends ChapterLike> {
  entry: T;
  fallback: boolean;
}

/**
 * Every chapter of the default locale, in order, each served by the locale's own entry when it has
 * one and by the default locale's otherwise. A chapter the default locale lacks is an orphan (no
 * page to fall back from, no place in the order): it is reported, not served.
 *
 * @example chaptersWithFallback([{ slug: "b", order: 2 }], [{ slug: "a", order: 1 }, { slug: "b", order: 2 }])
 * // [{ entry: { slug: "a", … }, fallback: true }, { entry: { slug: "b", … }, fallback: false }]
 */
export function chaptersWithFallback<T extends ChapterLike>(
  own: readonly T[],
  defaults: readonly T[],
): ServedChapter<T>[] {
  const known = new Set(defaults.map((chapter) => chapter.slug));
  const orphans = own.filter((chapter) => !known.has(chapter.slug)).map((chapter) => chapter.slug);
  if (orphans.length > 0) {
    throw new Error(
      `Chapters ${orphans.join(", ")} have no page in the default locale. Add the English page ` +
        "first (a translation falls back to it), or rename the file to the English page's slug.",
    );
  }
  const bySlug = new Map(own.map((chapter) => [chapter.slug, chapter]));
  return [...defaults]
    .sort((a, b) => a.order - b.order)
    .map((chapter) => {
      const translated = bySlug.get(chapter.slug);
      return translated === undefined
        ? { entry: chapter, fallback: true }
        : { entry: translated, fallback: false };
    });
}
