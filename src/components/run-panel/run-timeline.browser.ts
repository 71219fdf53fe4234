/** Draws a run's timeline with the chart text in the page's language, within the drawing bounds. */
import { formatCount } from "../../i18n/format-number.ts";
import { pageLocale } from "../../i18n/page-locale.browser.ts";
import { timelineTables } from "../../i18n/text/timeline.ts";
import { runBounds } from "../../runner/run-limits.ts";
import type { TimelineModel } from "../../timeline/model.ts";
import { renderTimeline } from "../../timeline/render.browser.ts";

/** Renders `model` into `slot`. */
export function renderRunTimeline(slot: HTMLElement, model: TimelineModel): void {
  const locale = pageLocale();
  renderTimeline(slot, model, timelineTables[locale], {
    maxRowsDrawn: runBounds.maxRowsDrawn,
    maxTableRows: runBounds.maxTableRows,
    formatCount: (value) => formatCount(value, locale),
  });
}
