// @ts-check
import mdx from "@astrojs/mdx";
import { satteri, satteriHeadingIdsPlugin } from "@astrojs/markdown-satteri";
import { defineConfig } from "astro/config";
import { codeThemes } from "./src/lib/code-themes.ts";
import { compactCode } from "./src/lib/compact-code.ts";
import { patientTokenizer } from "./src/lib/patient-tokenizer.ts";
import { headingLinksPlugin } from "./src/lib/heading-links.ts";
import { joinCjkLinesPlugin } from "./src/lib/join-cjk-lines.ts";
import { siteHeaders } from "./src/lib/site-headers.ts";
import published from "./src/content/published-slugs.json" with { type: "json" };

/** Old chapter URLs keep working after a rename: `/<lang>/<old>/` redirects to `/<lang>/<new>/`. */
const chapterRedirects = Object.fromEntries(
  Object.entries(published.redirects).flatMap(([from, to]) =>
    ["en", "zh-cn"].map((lang) => [`/${lang}/${from}/`, `/${lang}/${to}/`]),
  ),
);

export default defineConfig({
  site: "https://async-tour.example.org",
  trailingSlash: "always",
  redirects: chapterRedirects,
  integrations: [mdx()],
  // The site's headers (cross-origin isolation for the WebContainer, the CSP, no framing by other
  // sites). Astro's top-level `server.headers` is the one setting that reaches HTML and assets in
  // both `astro dev` and `astro preview`.
  server: { headers: siteHeaders },
  markdown: {
    // Astro's default Markdown processor (MDX inherits it), plus two plugins: no stray spaces in the
    // Chinese chapters where a source line break falls between two Chinese characters, and a "#"
    // link on every h2 and h3. Heading ids are Astro's own plugin, run early so that the links can
    // use them (Astro's later run keeps ids that are already set); as Starlight does.
    processor: satteri({ hastPlugins: [joinCjkLinesPlugin, satteriHeadingIdsPlugin(), headingLinksPlugin] }),
    shikiConfig: { themes: codeThemes, transformers: [patientTokenizer, compactCode] },
  },
});
