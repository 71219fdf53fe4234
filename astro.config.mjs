// @ts-check
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { satteri, satteriHeadingIdsPlugin } from "@astrojs/markdown-satteri";
import { defineConfig } from "astro/config";
import { codeThemes } from "./src/lib/code-themes.ts";
import { compactCode } from "./src/lib/compact-code.ts";
import { codeColours } from "./src/lib/code-colours.ts";
import { codeColoursStylesheet } from "./src/lib/code-colours-stylesheet.ts";
import { patientTokenizer } from "./src/lib/patient-tokenizer.ts";
import { headingLinksPlugin } from "./src/lib/heading-links.ts";
import { twinHeadingIdsPlugin } from "./src/lib/twin-heading-ids.node.ts";
import { joinCjkLinesPlugin } from "./src/lib/join-cjk-lines.ts";
import { tableLabelsPlugin } from "./src/lib/table-labels.ts";
import { defaultLocale, localeCodes, locales } from "./src/i18n/locales.ts";
import { siteHeaders } from "./src/lib/site-headers.ts";
import { pathHeadersProxy } from "./src/lib/path-headers-server.node.ts";
import published from "./src/content/published-slugs.json" with { type: "json" };

/** Old chapter URLs keep working after a rename: `/<lang>/<old>/` redirects to `/<lang>/<new>/`. */
const chapterRedirects = Object.fromEntries(
  Object.entries(published.redirects).flatMap(([from, to]) =>
    localeCodes.map((lang) => [`/${lang}/${from}/`, `/${lang}/${to}/`]),
  ),
);

/**
 * The sitemap lists every page with its twins in the other languages as hreflang alternates (the
 * locale list gives each prefix its language tag). Left out: `/`, which only redirects to
 * `/en/`, the old chapter URLs that redirect, and the runner check page, which is not for search.
 */
const sitemapOptions = {
  i18n: { defaultLocale, locales: Object.fromEntries(locales.map(({ code, htmlLang }) => [code, htmlLang])) },
  /** @param {string} page */
  filter: (page) => {
    const path = new URL(page).pathname;
    return path !== "/" && !path.startsWith("/runner-check/") && !(path in chapterRedirects);
  },
};

export default defineConfig({
  site: "https://async-tour.example.org",
  trailingSlash: "always",
  // The site's CSS is one linked stylesheet (src/layouts/site-styles.ts), render-blocking as a
  // Starlight page's is, and cached from one page to the next. Inline in each page's <head> it cost
  // every chapter 26 KB of HTML, and painted no sooner: the parser's first chunk ended inside that
  // <style>, so Chromium's first frame after it had nothing to paint (the paint bench, issue 22).
  build: { inlineStylesheets: "never" },
  redirects: chapterRedirects,
  integrations: [mdx(), sitemap(sitemapOptions)],
  // The site's headers (cross-origin isolation for the WebContainer, the CSP, no framing by other
  // sites). Astro's top-level `server.headers` is the one setting that reaches HTML and assets in
  // both `astro dev` and `astro preview`.
  server: { headers: siteHeaders },
  // The headers of some paths only (Python's versioned files are kept for a year), which
  // `server.headers` cannot say: see path-headers-server.node.ts. The token colours' stylesheet
  // is made from the code themes (code-colours-stylesheet.ts).
  vite: {
    plugins: [codeColoursStylesheet()],
    server: { proxy: pathHeadersProxy() },
    preview: { proxy: pathHeadersProxy() },
  },
  markdown: {
    // Astro's default Markdown processor (MDX inherits it), plus two plugins: no stray spaces in the
    // Chinese chapters where a source line break falls between two Chinese characters, and a "#"
    // link on every h2 and h3. Heading ids are Astro's own plugin, run early so that the links can
    // use them (Astro's later run keeps ids that are already set); as Starlight does. Before them,
    // a translated chapter takes its English twin's heading ids: short ASCII links, not 100+
    // percent-encoded characters. Last, table cells are labelled with their columns' names, for
    // the stacked tables on a phone.
    processor: satteri({
      hastPlugins: [
        joinCjkLinesPlugin,
        twinHeadingIdsPlugin,
        satteriHeadingIdsPlugin(),
        headingLinksPlugin,
        tableLabelsPlugin,
      ],
    }),
    shikiConfig: { themes: codeThemes, transformers: [patientTokenizer, compactCode, codeColours] },
  },
});
