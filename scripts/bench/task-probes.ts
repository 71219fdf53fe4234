/**
 * The probe the bench runs inside the page for a program that starts many tasks (see
 * many-tasks.node.ts). Like page-probes.ts, it is sent to the page as source, so it is
 * self-contained. The program prints the time of its own first and last line on the shared wall
 * clock (`performance.timeOrigin + performance.now()`, the same in the page and in a worker), so
 * the page can tell how long a line took to reach the learner after the program printed it.
 */

/** A many-task run as the learner sees it; times in ms. */
export interface ManyTasksTiming {
  /** From the press on Run to the program's own first print. */
  programFirstPrintMs: number;
  /** From the press on Run to the first line shown. */
  pressToFirstLineMs: number;
  /** From the program's first print to the line shown: the delivery the output-first rule is about. */
  firstLineAfterPrintMs: number;
  /** From the program's last print (its end) to the result drawn: run ended and timeline chart drawn. */
  programEndToDrawnMs: number;
  /** From the press to the result drawn. */
  pressToDrawnMs: number;
  /** The longest gap between two animation frames from the press until the result was drawn. */
  longestFrameMs: number;
  /** The longest task the browser reported (Long Tasks API), where it reports them. */
  longestTaskMs: number | null;
  /** Rows the timeline chart drew. */
  timelineRows: number;
  state: string;
}

/**
 * Presses Run on the sample `id` (its stored edit is the many-task program) and times the run. The
 * result counts as drawn once the run has ended and the timeline chart's row count has held for
 * two frames (it is drawn in slices, one per frame), so the figure can be a frame or two late.
 */
export function runManyTasks(id: string): Promise<ManyTasksTiming> {
  const sample = document.querySelector<HTMLElement>(`[data-sample="${id}"]`);
  const button = sample?.querySelector<HTMLButtonElement>('[data-action="run"]');
  const slot = sample?.querySelector<HTMLElement>("[data-timeline-slot]");
  if (!sample || !button || !slot) throw new Error(`The page has no runnable sample "${id}".`);
  const wall = () => performance.timeOrigin + performance.now();
  /** The wall time a line of the program says it was printed at (its last number). */
  const printedAt = (line: Element | undefined) => Number(/([\d.]+)\s*$/.exec(line?.textContent ?? "")?.[1]);
  let longestTaskMs: number | null = null;
  let tasks: PerformanceObserver | undefined;
  if (PerformanceObserver.supportedEntryTypes.includes("longtask")) {
    longestTaskMs = 0;
    tasks = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longestTaskMs = Math.max(longestTaskMs ?? 0, entry.duration);
    });
    tasks.observe({ type: "longtask" });
  }
  return new Promise<ManyTasksTiming>((resolve) => {
    const pressedAt = wall();
    let firstShownAt = Number.NaN;
    let firstPrintedAt = Number.NaN;
    let longestFrameMs = 0;
    let lastFrame = performance.now();
    let endedState = "";
    let endedAt = 0;
    let rows = -1;
    const finish = (state: string) => {
      observer.disconnect();
      tasks?.disconnect();
      clearTimeout(giveUp);
      const drawnAt = wall();
      const lines = [...sample.querySelectorAll("[role=log] .run-text")];
      const lastPrintedAt = printedAt(lines.at(-1));
      resolve({
        programFirstPrintMs: firstPrintedAt - pressedAt,
        pressToFirstLineMs: firstShownAt - pressedAt,
        firstLineAfterPrintMs: firstShownAt - firstPrintedAt,
        programEndToDrawnMs: drawnAt - lastPrintedAt,
        pressToDrawnMs: drawnAt - pressedAt,
        longestFrameMs,
        longestTaskMs,
        timelineRows: Math.max(rows, 0),
        state,
      });
    };
    const frame = () => {
      const now = performance.now();
      longestFrameMs = Math.max(longestFrameMs, now - lastFrame);
      lastFrame = now;
      if (endedState !== "") {
        const count = slot.querySelectorAll("[data-timeline-row]").length;
        // A run that drew no timeline (it failed early) ends the wait a while after it ended.
        if ((count > 0 && count === rows) || now - endedAt > 5_000) return finish(endedState);
        rows = count;
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    const observer = new MutationObserver(() => {
      if (Number.isNaN(firstShownAt)) {
        const first = sample.querySelector("[role=log] .run-text");
        if (first !== null) {
          firstShownAt = wall();
          firstPrintedAt = printedAt(first);
        }
      }
      const state = sample.dataset["runState"] ?? "";
      if (state !== "running" && state !== "idle" && endedState === "") {
        endedState = state;
        endedAt = performance.now();
      }
    });
    const giveUp = setTimeout(() => finish("no-end"), 60_000);
    observer.observe(sample, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ["data-run-state"],
    });
    button.click();
  });
}
