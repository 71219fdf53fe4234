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
      ms: Number((item as HTMLElement).dataset["endMs"]) - Number((item as HTMLElement).dataset["startMs"]),
    })),
  );
  // Rows are in start order: tea is created first and brews for 2 s, toast for 1 s.
  expect(tasks.map((task) => task.label)).toEqual(["tea", "toast"]);
  expect(tasks[0]?.ms).toBeGreaterThanOrEqual(1950);
  expect(tasks[1]?.ms).toBeGreaterThanOrEqual(950);
  expect(tasks[1]?.ms).toBeLessThan(1500);
  await expect(sample.locator('[data-timeline-row][data-kind="timer"]')).toHaveCount(2);
});
