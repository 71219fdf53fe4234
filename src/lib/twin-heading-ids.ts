/**
 * Short ASCII ids for a translation's headings. Ids made from Chinese text copy as 100+
 * percent-encoded characters, so a translated chapter takes its heading ids from its default-locale
 * twin, heading by heading, when both have the same outline: a copied link stays short, and the same
 * section has the same id in every language. Where the outlines differ, `section-<n>` is still
 * short, ASCII and stable.
 */
import Slugger from "github-slugger";

/** A heading of a chapter's Markdown source. */
export interface SourceHeading {
  /** 2 for `##`, 3 for `###`, and so on. */
  depth: number;
  text: string;
}

const fence = /^\s*(```|~~~)/;
const heading = /^(#{2,6})\s+(.+?)\s*#*\s*$/;

/** The text a reader sees of a heading's Markdown: code marks and link targets left off. */
function plainText(markdown: string): string {
  return markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/[`*_]/g, "");
}

/**
 * The h2 to h6 headings of a chapter's MDX source, in order; lines inside code fences are code.
 *
 * @example sourceHeadings("## Tasks\n\n```py\n## not a heading\n```\n### Names") // [{ depth: 2, text: "Tasks" }, { depth: 3, text: "Names" }]
 */
export function sourceHeadings(markdown: string): SourceHeading[] {
  const found: SourceHeading[] = [];
  let inFence = false;
  for (const line of markdown.split("\n")) {
    if (fence.test(line)) inFence = !inFence;
    const match = inFence ? null : heading.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined)
      found.push({ depth: match[1].length, text: plainText(match[2]) });
  }
  return found;
}

/**
 * The ids for `own` headings: the ids Astro gives `twin`'s headings (github-slugger, as its
 * heading-ids plugin) when the two outlines have the same levels in the same order, else
 * `section-1`, `section-2`, ...
 *
 * @example twinHeadingIds([{ depth: 2, text: "任务" }], [{ depth: 2, text: "Tasks" }]) // ["tasks"]
 */
export function twinHeadingIds(own: SourceHeading[], twin: SourceHeading[]): string[] {
  const sameOutline =
    own.length === twin.length && own.every((entry, index) => entry.depth === twin[index]?.depth);
  if (!sameOutline) return own.map((_, index) => `section-${index + 1}`);
  const slugger = new Slugger();
  return twin.map((entry) => slugger.slug(entry.text));
}
