/**
 * Pagefind splits each page into sections at its headings (sub-results, each with its own URL and
 * `#anchor`). A result should open where the words were found, so this picks the section that
 * matched best, and the others that matched too.
 */

/** A word's place in a section, with Pagefind's score for it. */
export interface WeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

/** One section of a result page, as Pagefind returns it. */
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations: WeightedLocation[];
}

/** A section to show: where it links, what it is called, and its excerpt (HTML with `<mark>`). */
export interface Section {
  title: string;
  url: string;
  excerpt: string;
}

const score = (sub: SubResult) =>
  sub.weighted_locations.reduce((total, location) => total + location.balanced_score, 0);

/**
 * The best-matching section first (highest total score; the earlier one on a tie), then up to
 * `others` more in page order, skipping any with the best one's title. A page without sections gives its own URL and excerpt.
 *
 * @example
 * rankSections({ url: "/en/a/", excerpt: "…", meta: { title: "A" }, sub_results: [] })
 * // [{ title: "A", url: "/en/a/", excerpt: "…" }]
 */
export function rankSections(
  page: { url: string; excerpt: string; meta: { title?: string }; sub_results?: SubResult[] },
  others = 2,
): Section[] {
  const pageTitle = page.meta.title ?? page.url;
  const subs = page.sub_results ?? [];
  if (subs.length === 0) return [{ title: pageTitle, url: page.url, excerpt: page.excerpt }];
  const best = subs.reduce((top, sub) => (score(sub) > score(top) ? sub : top));
  // A sample titled like its section would read as the same place twice.
  const rest = subs.filter((sub) => sub !== best && sub.title !== best.title).slice(0, others);
  return [best, ...rest].map(({ title, url, excerpt }) => ({ title, url, excerpt }));
}
