/**
 * The stylesheet of token colours (code-colours.ts) as a module a page imports, so Vite bundles it
 * with the site's other styles into the one stylesheet every page links (astro.config.mjs). It is
 * made from the themes when the site is built, never written by hand or kept in the repository.
 */
import type { Plugin } from "vite";
import { codeColoursCss } from "./code-colours.ts";

/** The name a page imports the stylesheet by. */
export const codeColoursModule = "virtual:code-colours.css";
// Vite's mark for a module that no file holds; the name still ends in .css, so Vite treats it as CSS.
const resolvedId = `\0${codeColoursModule}`;

/**
 * A Vite plugin that serves `virtual:code-colours.css`.
 *
 * @example
 * defineConfig({ vite: { plugins: [codeColoursStylesheet()] } }); // then: import "virtual:code-colours.css";
 */
export function codeColoursStylesheet(): Plugin {
  return {
    name: "async-tour:code-colours-stylesheet",
    resolveId: (id) => (id === codeColoursModule ? resolvedId : undefined),
    load: (id) => (id === resolvedId ? codeColoursCss() : undefined),
  };
}
