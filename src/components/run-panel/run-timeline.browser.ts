/** Draws a run's timeline with the chart text in the page's language. */
import { pageLocale } from "../../i18n/page-locale.browser.ts";
import { timelineTables } from "../../i18n/text/timeline.ts";
import type { TimelineModel } from "../../timeline/model.ts";
import { renderTimeline } from "../../timeline/render.browser.ts";

/** Renders `model` into `slot`. */
export function renderRunTimeline(slot: HTMLElement, model: TimelineModel): void {
  renderTimeline(slot, model, timelineTables[pageLocale()]);
}
