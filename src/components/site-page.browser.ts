/**
 * What every page runs, as one module: a page then asks for one file of script as it loads, not
 * one per component. Each request the parser finds costs the main thread before first paint (at
 * 4x CPU slowdown, nine module files pushed a lesson's first paint about a tenth later: issue 22).
 * In the order the components stand on the page.
 */
import "./theme-toggle.browser.ts";
import "./language-switcher.browser.ts";
import "./progress.browser.ts";
import "./copy-links.browser.ts";
