/**
 * The site's highlighted code, through the highlight cache (highlight-cache.node.ts): on a miss it
 * highlights exactly as Astro's `<Code>` does (astro/components/Code.astro, with the props we pass
 * and its defaults for the rest), so a page is byte for byte what `<Code>` would make. The entries
 * live in `node_modules/.cache/`, which a fresh clone has none of and a second build finds.
 */
import { readFileSync } from "node:fs";
import { findPackageJSON } from "node:module";
import { join } from "node:path";
import { createShikiHighlighter } from "@astrojs/internal-helpers/shiki";
import type { LanguageRegistration } from "shiki";
import { bundledLanguages } from "shiki/langs";
import { createHighlightCache, type HighlightInput } from "./highlight-cache.node.ts";

/**
 * The source of every module the transformers are made of (each transformer's file and what it
 * imports), so that editing one is a different key. highlight-cache.test.ts checks that each
 * relative import of these files is in the list.
 */
export const transformerSources: Record<string, string> = import.meta.glob(
  [
    "./patient-tokenizer.ts",
    "./compact-code.ts",
    "./code-colours.ts",
    "./code-colour-pairs.ts",
    "./code-themes.ts",
  ],
  { query: "?raw", import: "default", eager: true },
);

/** The packages whose code makes the HTML: Shiki, and Astro's helper that `<Code>` calls. */
const highlighterPackages = ["shiki", "@astrojs/internal-helpers/shiki", "astro"];

function versionOf(specifier: string): string {
  const file = findPackageJSON(specifier, import.meta.url);
  if (file === undefined) throw new Error(`No package.json found for ${specifier}; is it installed?`);
  const { name, version } = JSON.parse(readFileSync(file, "utf8")) as { name: string; version: string };
  return `${name}@${version}`;
}

/** Everything outside the input that decides the HTML; see `HighlightCacheOptions.salt`. */
export function highlightSalt(): string {
  return JSON.stringify({
    // The props of <Code> we leave at their defaults, below; a change there is a new key too.
    call: "astro-code/1",
    packages: highlighterPackages.map(versionOf),
    transformers: Object.entries(transformerSources).sort(([a], [b]) => a.localeCompare(b)),
  });
}

/**
 * Highlights as Astro's `<Code code lang themes transformers />` does, with no other props: the
 * same highlighter, language fallback, defaults (`theme`, `defaultColor`, `wrap`, `inline`) and
 * options.
 */
export async function astroCodeHtml({ code, lang, themes, transformers }: HighlightInput): Promise<string> {
  // A language's name, as <Code> passes it: the helper loads bundled languages by name, though its
  // type names registrations only.
  const language = (Object.keys(bundledLanguages).includes(lang) ? lang : "plaintext") as unknown;
  const highlighter = await createShikiHighlighter({
    langs: [language as LanguageRegistration],
    theme: "github-dark",
    themes: { ...themes },
  });
  return highlighter.codeToHtml(code, lang, {
    defaultColor: "light",
    wrap: false,
    inline: false,
    transformers: [...transformers],
    attributes: {},
  });
}

let warned = false;

/** The site's highlighter: `<CachedCode>` calls it. */
export const cachedCodeHtml = createHighlightCache({
  // Astro runs from the project's root, as its own cache in node_modules/.astro/ assumes.
  folder: join(process.cwd(), "node_modules", ".cache", "async-tour", "highlight"),
  salt: highlightSalt(),
  highlight: astroCodeHtml,
  onWriteError: (error) => {
    if (warned) return;
    warned = true;
    console.warn("[highlight-cache] could not keep highlighted code for the next build:", error);
  },
});
