/**
 * Draws a timeline model as a Gantt-style chart of plain elements, with a table as its text
 * alternative. Everything learner-controlled goes in through `textContent`, never as HTML.
 */
import type { TimelineModel, TimelineRow } from "./model.ts";

/** Interface text for the chart, in the page's language. */
export interface TimelineText {
  caption: string;
  tableSummary: string;
  columns: { what: string; start: string; end: string; outcome: string };
  outcomes: Record<TimelineRow["outcome"], string>;
  empty: string;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className !== "") node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The most output marks drawn on the axis. */
const maxOutputMarks = 300;

const percent = (ms: number, totalMs: number) => `${((ms / totalMs) * 100).toFixed(3)}%`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)}s`;

function chartRow(row: TimelineRow, totalMs: number): HTMLLIElement {
  const item = element("li", "timeline-row");
  item.dataset["timelineRow"] = "";
  item.dataset["kind"] = row.kind;
  item.dataset["outcome"] = row.outcome;
  item.dataset["startMs"] = String(Math.round(row.startMs));
  item.dataset["endMs"] = String(Math.round(row.endMs));
  const track = element("span", "timeline-track");
  const bar = element("span", "timeline-bar");
  bar.style.left = percent(row.startMs, totalMs);
  // A span too short to see still gets a sliver, so instant work is not invisible.
  bar.style.width = `max(3px, ${percent(row.endMs - row.startMs, totalMs)})`;
  track.append(bar);
  item.append(element("span", "timeline-label", row.label), track);
  return item;
}

function axis(model: TimelineModel): HTMLDivElement {
  const axisRow = element("div", "timeline-row timeline-axis-row");
  axisRow.setAttribute("aria-hidden", "true");
  const ruler = element("div", "timeline-axis");
  for (const tick of model.ticks) {
    const mark = element("span", "timeline-tick", seconds(tick).replace(/0s$/, "s"));
    mark.style.left = percent(tick, model.totalMs);
    ruler.append(mark);
  }
  // A flood of output would mean thousands of marks; a few hundred show the shape just as well.
  const step = Math.max(1, Math.ceil(model.outputs.length / maxOutputMarks));
  for (const output of model.outputs.filter((_, index) => index % step === 0)) {
    const mark = element("span", `timeline-output timeline-output-${output.stream}`);
    mark.style.left = percent(output.atMs, model.totalMs);
    mark.title = `${seconds(output.atMs)} ${output.text}`;
    ruler.append(mark);
  }
  axisRow.append(element("span", ""), ruler);
  return axisRow;
}

function table(model: TimelineModel, text: TimelineText): HTMLDetailsElement {
  const details = element("details", "timeline-table");
  details.append(element("summary", "", text.tableSummary));
  const grid = element("table", "");
  const head = grid.createTHead().insertRow();
  for (const label of [text.columns.what, text.columns.start, text.columns.end, text.columns.outcome]) {
    head.append(element("th", "", label));
  }
  const body = grid.createTBody();
  for (const row of model.rows) {
    const line = body.insertRow();
    const outcome =
      row.detail === undefined ? text.outcomes[row.outcome] : `${text.outcomes[row.outcome]} (${row.detail})`;
    for (const cell of [row.label, seconds(row.startMs), seconds(row.endMs), outcome]) {
      line.append(element("td", "", cell));
    }
  }
  details.append(grid);
  return details;
}

/** Replaces `container`'s content with the chart and its table. */
export function renderTimeline(container: HTMLElement, model: TimelineModel, text: TimelineText): void {
  container.dataset["timeline"] = "";
  container.classList.add("timeline");
  const figure = element("figure", "timeline-figure");
  figure.append(element("figcaption", "timeline-caption", text.caption));
  if (model.rows.length === 0) {
    figure.append(element("p", "timeline-empty", text.empty));
    container.replaceChildren(figure);
    return;
  }
  const rows = element("ol", "timeline-rows");
  rows.style.setProperty("--timeline-rows", String(model.rows.length));
  rows.append(...model.rows.map((row) => chartRow(row, model.totalMs)));
  figure.append(rows, axis(model));
  container.replaceChildren(figure, table(model, text));
}
