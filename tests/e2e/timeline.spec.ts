/** The timeline shows requests and timers on one axis; sequential and concurrent runs look different. */
import { expect, test } from "@playwright/test";
import { replaceCode, runAndWait, useWorkerRuntime } from "./runner-helpers.ts";

async function rows(sample: import("@playwright/test").Locator) {
  return sample.locator("[data-timeline-row]").evaluateAll((items) =>
    items.map((item) => ({
      start: Number((item as HTMLElement).dataset["startMs"]),
      end: Number((item as HTMLElement).dataset["endMs"]),
    })),
  );
}

test("concurrent requests overlap; the same requests in sequence form a staircase", async ({ page }) => {
  await useWorkerRuntime(page);
  await page.goto("/en/using-asyncio/");
  const sample = page.locator('[data-sample="await-one"]');
  await replaceCode(
    page,
    sample,
    "await Promise.all([1, 2, 3].map((n) => fetch(`http://localhost:8787/delay/${n}00`)));\n",
  );
  await runAndWait(sample);
  const together = await rows(sample);
  expect(together, JSON.stringify(together)).toHaveLength(3);
  expect(Math.max(...together.map((row) => row.start))).toBeLessThan(
    Math.min(...together.map((row) => row.end)),
  );

  await replaceCode(
    page,
    sample,
    "for (const n of [1, 2, 3]) await fetch(`http://localhost:8787/delay/${n}00`);\n",
  );
  await runAndWait(sample);
  const staircase = await rows(sample);
  expect(staircase).toHaveLength(3);
  for (let index = 1; index < staircase.length; index += 1) {
    expect(staircase[index]?.start ?? 0).toBeGreaterThanOrEqual(staircase[index - 1]?.end ?? Infinity);
  }
  // The text alternative lists the same rows.
  await sample.locator(".timeline-table summary").click();
  await expect(sample.locator(".timeline-table tbody tr")).toHaveCount(3);
  await expect(sample.locator(".timeline-table tbody")).toContainText("GET /delay/300");
});

test("tasks a sample names get their own rows, spanning their waits", async ({ page }) => {
  await useWorkerRuntime(page);
  await page.goto("/en/using-asyncio/");
  const sample = page.locator('[data-sample="two-tasks"]');
  await runAndWait(sample);
  const tasks = await sample.locator('[data-timeline-row][data-kind="task"]').evaluateAll((items) =>
    items.map((item) => ({
      label: item.querySelector(".timeline-label")?.textContent,
      start: Number((item as HTMLElement).dataset["startMs"]),
      end: Number((item as HTMLElement).dataset["endMs"]),
    })),
  );
  // Rows are in start order: tea is created first and brews for 2 s, toast for 1 s.
  expect(tasks.map((task) => task.label)).toEqual(["tea", "toast"]);
  const [tea, toast] = tasks;
  if (tea === undefined || toast === undefined) throw new Error("A task row is missing.");
  const spans = JSON.stringify(tasks);
  // Each row spans at least its task's wait (a timer never fires early)…
  expect(tea.end - tea.start, spans).toBeGreaterThanOrEqual(1950);
  expect(toast.end - toast.start, spans).toBeGreaterThanOrEqual(950);
  // …and what the lesson shows: the two wait side by side, and toast, the shorter, ends first. On
  // a loaded machine a timer may fire late, but only by far more than a second would this fail.
  expect(toast.start, spans).toBeLessThan(tea.end);
  expect(toast.end, spans).toBeLessThan(tea.end);
  await expect(sample.locator('[data-timeline-row][data-kind="timer"]')).toHaveCount(2);
});
