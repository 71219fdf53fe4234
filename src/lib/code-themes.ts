/**
 * The shiki themes for code, one per site theme. Chosen because every token colour keeps at least
 * 4.5:1 contrast on its background (axe checks this on every page), which the GitHub themes miss
 * for comments and properties.
 */
export const codeThemes = { light: "light-plus", dark: "dark-plus" } as const;
