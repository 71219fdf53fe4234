/**
 * The Sätteri hast plugin that gives a translated chapter's headings its default-locale twin's ids
 * (see twin-heading-ids.ts). It reads both chapters' sources, so it runs at build time only.
 * Register it before Astro's heading-ids plugin, which keeps ids that are already set.
 */
import { readFileSync } from "node:fs";
import type { HastPluginDefinition, PluginFactoryContext } from "satteri";
import { defaultLocale } from "../i18n/locales.ts";
import { chapterLocale } from "./heading-links.ts";
import { sourceHeadings, twinHeadingIds } from "./twin-heading-ids.ts";

function readOrUndefined(url: URL): string | undefined {
  try {
    return readFileSync(url, "utf8");
  } catch {
    return undefined;
  }
}

/** The ids for a translated chapter's headings, or undefined for a default-locale or other file. */
function idsFor(fileURL: URL | undefined): string[] | undefined {
  const lang = chapterLocale(fileURL);
  if (fileURL === undefined || lang === defaultLocale) return undefined;
  const own = readOrUndefined(fileURL);
  const twin = readOrUndefined(new URL(fileURL.href.replace(`/docs/${lang}/`, `/docs/${defaultLocale}/`)));
  if (own === undefined) return undefined;
  return twinHeadingIds(sourceHeadings(own), sourceHeadings(twin ?? ""));
}

/** Sets the id of every h2 to h6 of a translated chapter, in document order. */
export function twinHeadingIdsPlugin({ fileURL }: PluginFactoryContext): HastPluginDefinition {
  const ids = idsFor(fileURL);
  let index = 0;
  return {
    name: "async-tour:twin-heading-ids",
    element: {
      filter: ["h2", "h3", "h4", "h5", "h6"],
      visit(node, context) {
        const id = ids?.[index];
        index += 1;
        if (id !== undefined) context.setProperty(node, "id", id);
      },
    },
  };
}
