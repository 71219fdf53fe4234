/**
 * Draws a timeline model as a Gantt-style chart of plain elements, with a legend, a text alternative
 * on every row (shown on hover or focus) and a table. Everything learner-controlled goes in through
 * `textContent`, never as HTML. A run may record thousands of spans: the chart draws the first few
 * hundred and says how many more there are, and a long table fills in slices once it is opened, so
 * drawing never holds the main thread for long.
 */
import { labelEnds } from "./label-ends.ts";
import type { TimelineModel, TimelineRow } from "./model.ts";

/** Interface text for the chart, in the page's language. */
export interface TimelineText {
  caption: string;
  tableSummary: string;
  columns: { what: string; start: string; end: string; outcome: string };
  /** The column heading for a span's length, also used in each row's tip. */
  duration: string;
  outcomes: Record<TimelineRow["outcome"], string>;
  /** What each kind of row is called in the legend. */
  kinds: Record<TimelineRow["kind"], string>;
  legend: string;
  empty: string;
  /** Under a chart cut short: `{count}` rows not drawn. */
  moreRows: string;
  /** Under a table cut short: `{count}` rows not listed. */
  moreTableRows: string;
}

/** How much to draw, and how counts are written in the page's language. */
export interface TimelineDrawing {
  maxRowsDrawn: number;
  maxTableRows: number;
  formatCount: (value: number) => string;
}

/** Chart or table rows added per frame. */
const rowSlice = 100;

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

/** A bar or a legend swatch: its look comes from its kind and outcome, the same everywhere. */
function bar(className: string, kind: TimelineRow["kind"], outcome: TimelineRow["outcome"]): HTMLSpanElement {
  const node = element("span", className);
  node.dataset["kind"] = kind;
  node.dataset["outcome"] = outcome;
  return node;
}

function outcomeText(row: TimelineRow, text: TimelineText): string {
  const outcome = text.outcomes[row.outcome];
  return row.detail === undefined ? outcome : `${outcome} (${row.detail})`;
}

/** A row's times in words, so the chart is readable without reading bar lengths or colours. */
function tip(row: TimelineRow, text: TimelineText): string {
  return [
    `${text.columns.start} ${seconds(row.startMs)}`,
    `${text.columns.end} ${seconds(row.endMs)}`,
    `${text.duration} ${seconds(row.endMs - row.startMs)}`,
    outcomeText(row, text),
  ].join(" · ");
}

function chartRow(row: TimelineRow, totalMs: number, text: TimelineText): HTMLLIElement {
  const item = element("li", "timeline-row");
  // Focusable, so keyboard users can reach each row's tip as mouse users do by hovering.
  item.tabIndex = 0;
  item.dataset["timelineRow"] = "";
  item.dataset["kind"] = row.kind;
  item.dataset["outcome"] = row.outcome;
  item.dataset["startMs"] = String(Math.round(row.startMs));
  item.dataset["endMs"] = String(Math.round(row.endMs));
  const track = element("span", "timeline-track");
  const span = bar("timeline-bar", row.kind, row.outcome);
  span.style.left = percent(row.startMs, totalMs);
  // A span too short to see still gets a sliver, so instant work is not invisible.
  span.style.width = `max(3px, ${percent(row.endMs - row.startMs, totalMs)})`;
  track.append(span);
  // Cut in the middle when narrow: the head gives way, the distinguishing tail stays. The two
  // parts read as the whole label, and the tooltip shows it whole.
  const { head, tail } = labelEnds(row.label);
  const label = element("span", "timeline-label");
  label.append(element("span", "timeline-label-head", head), element("span", "timeline-label-tail", tail));
  label.title = row.label;
  item.append(label, track, element("span", "timeline-tip", tip(row, text)));
  return item;
}

/** What the colours and patterns mean: kinds by colour or outline, outcomes by pattern too. */
function legend(text: TimelineText): HTMLElement {
  const list = element("ul", "timeline-legend");
  list.setAttribute("aria-label", text.legend);
  const keys: [TimelineRow["kind"], TimelineRow["outcome"], string][] = [
    ["request", "ok", text.kinds.request],
    ["timer", "ok", text.kinds.timer],
    ["task", "ok", text.kinds.task],
    ["request", "error", text.outcomes.error],
    ["request", "cancelled", text.outcomes.cancelled],
    ["request", "unfinished", text.outcomes.unfinished],
  ];
  for (const [kind, outcome, words] of keys) {
    const item = element("li", "timeline-key");
    const swatch = bar("timeline-swatch", kind, outcome);
    swatch.setAttribute("aria-hidden", "true");
    item.append(swatch, element("span", "", words));
    list.append(item);
  }
  return list;
}

function axis(model: TimelineModel): HTMLDivElement {
  const axisRow = element("div", "timeline-row timeline-axis-row");
  axisRow.setAttribute("aria-hidden", "true");
  const ruler = element("div", "timeline-axis");
  // Both sets are drawn; the chart's own width (a container query) shows one of them.
  for (const [ticks, density] of [
    [model.ticks, "wide"],
    [model.narrowTicks, "narrow"],
  ] as const) {
    for (const tick of ticks) {
      const mark = element("span", "timeline-tick", seconds(tick).replace(/0s$/, "s"));
      mark.dataset["density"] = density;
      const at = tick / model.totalMs;
      mark.style.left = percent(tick, model.totalMs);
      // The first label starts at its tick and one near the end finishes there: neither is clipped.
      mark.dataset["align"] = at === 0 ? "start" : at > 0.9 ? "end" : "middle";
      ruler.append(mark);
    }
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

function tableRow(row: TimelineRow, text: TimelineText): HTMLTableRowElement {
  const line = element("tr", "");
  for (const cell of [
    row.label,
    seconds(row.startMs),
    seconds(row.endMs),
    seconds(row.endMs - row.startMs),
    outcomeText(row, text),
  ]) {
    line.appendChild(element("td", "", cell));
  }
  return line;
}

/**
 * Adds an element per item to `parent`, a slice now and a slice per frame after, so drawing
 * hundreds of rows never holds the main thread for long.
 */
function appendInSlices<T>(parent: Node, items: readonly T[], make: (item: T) => Node): void {
  let next = 0;
  const slice = () => {
    const part = document.createDocumentFragment();
    for (const item of items.slice(next, next + rowSlice)) part.appendChild(make(item));
    parent.appendChild(part);
    next += rowSlice;
    if (next < items.length) requestAnimationFrame(slice);
  };
  slice();
}

function table(model: TimelineModel, text: TimelineText, drawing: TimelineDrawing): HTMLDetailsElement {
  const details = element("details", "timeline-table");
  details.append(element("summary", "", text.tableSummary));
  const grid = element("table", "");
  const head = grid.createTHead().insertRow();
  const columns = text.columns;
  for (const label of [columns.what, columns.start, columns.end, text.duration, columns.outcome]) {
    head.append(element("th", "", label));
  }
  const body = grid.createTBody();
  const rows = model.rows.slice(0, drawing.maxTableRows);
  // A short table is filled at once; a long one only when the learner opens it, and in slices.
  const fill = () => appendInSlices(body, rows, (row) => tableRow(row, text));
  if (rows.length <= rowSlice) fill();
  else
    details.addEventListener("toggle", function fillOnOpen() {
      if (!details.open) return;
      details.removeEventListener("toggle", fillOnOpen);
      fill();
    });
  details.append(grid);
  const left = model.rows.length - rows.length;
  if (left > 0)
    details.append(
      element("p", "timeline-more", text.moreTableRows.replace("{count}", drawing.formatCount(left))),
    );
  return details;
}

/** Replaces `container`'s content with the chart and its table. */
export function renderTimeline(
  container: HTMLElement,
  model: TimelineModel,
  text: TimelineText,
  drawing: TimelineDrawing,
): void {
  container.dataset["timeline"] = "";
  container.classList.add("timeline");
  const figure = element("figure", "timeline-figure");
  figure.append(element("figcaption", "timeline-caption", text.caption));
  if (model.rows.length === 0) {
    figure.append(element("p", "timeline-empty", text.empty));
    container.replaceChildren(figure);
    return;
  }
  const drawn = model.rows.slice(0, drawing.maxRowsDrawn);
  const rows = element("ol", "timeline-rows");
  rows.style.setProperty("--timeline-rows", String(drawn.length));
  // One row at a time, in slices: spreading thousands of nodes into one call can overflow the stack.
  appendInSlices(rows, drawn, (row) => chartRow(row, model.totalMs, text));
  figure.append(legend(text), rows, axis(model));
  const left = model.rows.length - drawn.length;
  if (left > 0)
    figure.append(element("p", "timeline-more", text.moreRows.replace("{count}", drawing.formatCount(left))));
  container.replaceChildren(figure, table(model, text, drawing));
}
