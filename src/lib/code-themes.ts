/**
 * The shiki themes for code, one per site theme. Chosen because every token colour keeps at least
 * 4.5:1 contrast on its background (axe checks this on every page), which the GitHub themes miss
 * for comments and properties. Held as the themes themselves, not their names, so the stylesheet
 * of token colours (code-colours.ts) reads its palettes from the very themes Shiki paints with.
 */
import darkPlus from "shiki/themes/dark-plus.mjs";
import lightPlus from "shiki/themes/light-plus.mjs";

/** The theme for each site theme, keyed as Shiki's dual themes are (`light` is the default). */
export const codeThemes = { light: lightPlus, dark: darkPlus } as const;
