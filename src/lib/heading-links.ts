/**
 * Every h2 and h3 of a chapter gets a "#" link to itself, so instructors can link to any section.
 * This used to be done by mapping `h2` and `h3` to wrapper components in the chapter page; as in
 * Starlight, it is now a step of the Markdown pipeline: Astro's heading-ids plugin runs first, so
 * the ids are the ones Astro would give, then this plugin appends the link. The link is described
 * by its heading (`aria-describedby`), so screen readers say what it links to, and Pagefind skips
 * it. The page titles and the practice page, which are not Markdown, use SectionHeading.astro for
 * the same markup.
 */
import type { Element } from "hast";
import type { HastPluginDefinition, PluginFactoryContext } from "satteri";
import { defaultLocale, isLocaleCode, type LocaleCode } from "../i18n/locales.ts";
import { useTranslations } from "../i18n/ui.ts";

/**
 * The locale of a chapter from its file, `…/content/docs/<lang>/<slug>.mdx`; the default locale
 * for any other file, as the chapter page did for a route it did not know.
 *
 * @example
 * chapterLocale(new URL("file:///site/src/content/docs/zh-cn/queues.mdx")) // "zh-cn"
 */
export function chapterLocale(fileURL: URL | undefined): LocaleCode {
  const segment = /\/content\/docs\/([^/]+)\//.exec(fileURL?.pathname ?? "")?.[1];
  return isLocaleCode(segment) ? segment : defaultLocale;
}

/** The "#" link appended to a heading with id `id`; `label` says it links to this section. */
export function headingLink(id: string, label: string): Element {
  return {
    type: "element",
    tagName: "a",
    properties: {
      // Search skips it by its class (pagefind.yml).
      className: ["anchor-link"],
      href: `#${id}`,
      ariaLabel: label,
      ariaDescribedBy: [id],
    },
    children: [{ type: "text", value: "#" }],
  };
}

/**
 * The Sätteri hast plugin that appends {@link headingLink} to every h2 and h3 that has an id, with
 * the label in the document's language. Register it after Astro's heading-ids plugin
 * (`satteriHeadingIdsPlugin()`), which gives the headings their ids.
 */
export function headingLinksPlugin({ fileURL }: PluginFactoryContext): HastPluginDefinition {
  const label = useTranslations(chapterLocale(fileURL))("linkToSection");
  return {
    name: "async-tour:heading-links",
    element: {
      filter: ["h2", "h3"],
      visit(node, context) {
        const id = node.properties["id"];
        if (typeof id === "string") context.appendChild(node, headingLink(id, label));
      },
    },
  };
}
