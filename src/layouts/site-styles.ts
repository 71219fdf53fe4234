/**
 * Every stylesheet of the site, in order, imported by each page from here (PageLayout.astro and
 * the runner check) so that Vite bundles them into one file: a page then waits for one
 * render-blocking request, as a Starlight page does, not one per group of pages sharing a file.
 */
import "../styles/global.css";
import "virtual:code-colours.css";
import "../styles/timeline.css";
import "../styles/card.css";
import "../styles/print.css";
