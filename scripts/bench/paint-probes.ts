/**
 * The paint figures the bench reads inside a freshly loaded page beside its largest contentful
 * paint: first contentful paint and total blocking time. Like page-probes.ts, each function is sent
 * to the page as source, so it is self-contained (no imports, no outer variables).
 */

/** First contentful paint and total blocking time of the page, on its own clock. */
export interface PageBlocking {
  /** First contentful paint, ms from navigation start. */
  fcpMs: number;
  /** Total blocking time from first contentful paint until the page was quiet; null where unknown. */
  tbtMs: number | null;
  /** Long tasks seen after first contentful paint; null where the engine reports none. */
  longTasks: number | null;
  /** Why `tbtMs` is null. */
  tbtUnknownBecause?: string;
}

/**
 * Waits for the first contentful paint and then for the page to be quiet (`quietMs` with no long
 * task), and sums what every long task after the first contentful paint blocked: its time past
 * 50 ms, a task that began before the paint counted from the paint on (as Lighthouse does). Long
 * tasks come from the Long Tasks API with `buffered`, so those before this call count too; an
 * engine without it (Firefox) gives null and says so. Gives up waiting for quiet after `limitMs`.
 */
export function firstPaintAndBlocking({
  quietMs,
  limitMs,
}: {
  quietMs: number;
  limitMs: number;
}): Promise<PageBlocking> {
  const contentfulPaint = new Promise<number>((resolve) => {
    new PerformanceObserver((list) => {
      const entry = list.getEntries().find((paint) => paint.name === "first-contentful-paint");
      if (entry !== undefined) resolve(entry.startTime);
    }).observe({ type: "paint", buffered: true });
  });
  if (!PerformanceObserver.supportedEntryTypes.includes("longtask")) {
    return contentfulPaint.then((fcpMs) => ({
      fcpMs,
      tbtMs: null,
      longTasks: null,
      tbtUnknownBecause: "this engine has no Long Tasks API, so it reports no long tasks",
    }));
  }
  const tasks: { start: number; end: number }[] = [];
  new PerformanceObserver((list) => {
    for (const task of list.getEntries())
      tasks.push({ start: task.startTime, end: task.startTime + task.duration });
  }).observe({ type: "longtask", buffered: true });
  return contentfulPaint.then(
    (fcpMs) =>
      new Promise<PageBlocking>((resolve) => {
        const calledAt = performance.now();
        const check = setInterval(() => {
          const lastEnd = Math.max(fcpMs, ...tasks.map((task) => task.end));
          const now = performance.now();
          if (now - lastEnd < quietMs && now - calledAt < limitMs) return;
          clearInterval(check);
          const after = tasks.filter((task) => task.end > fcpMs);
          const tbtMs = after.reduce(
            (sum, task) => sum + Math.max(0, task.end - Math.max(task.start, fcpMs) - 50),
            0,
          );
          resolve({ fcpMs, tbtMs, longTasks: after.length });
        }, 100);
      }),
  );
}
