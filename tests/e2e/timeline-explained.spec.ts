/**
 * A timeline that explains itself: a legend, colours that mean one thing (a timer is not the
 * "Python differs" purple), the same rows in the same order for the same run, cancelled work drawn
 * as cancelled, rows whose times show on hover or focus, and an axis whose labels never collide.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { runAndWait, useWorkerRuntime } from "./runner-helpers.ts";

function labelsOf(sample: Locator): Promise<string[]> {
  return sample
    .locator("[data-timeline-row]")
    .evaluateAll((rows) =>
      rows.map(
        (row) =>
          `${(row as HTMLElement).dataset["kind"]} ${row.querySelector(".timeline-label")?.textContent}`,
      ),
    );
}

/** A CSS colour as the browser computes it, for comparing with another. */
function computedColour(page: Page, css: string): Promise<string> {
  return page.evaluate((value) => {
    const probe = document.createElement("span");
    probe.style.color = value;
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  }, css);
}

test("a legend, its own timer colour, and identical rows for identical runs", async ({ page }) => {
  await useWorkerRuntime(page);
  await page.goto("/en/using-asyncio/");
  const sample = page.locator('[data-sample="two-tasks"]');
  await runAndWait(sample);
  const legend = sample.getByRole("list", { name: "Legend" });
  for (const words of ["request", "timer", "named task", "failed", "cancelled", "unfinished"]) {
    await expect(legend.getByRole("listitem").filter({ hasText: new RegExp(`^${words}$`) })).toHaveCount(1);
  }
  const first = await labelsOf(sample);
  expect(first).toEqual(["task tea", "timer timer 2000 ms", "task toast", "timer timer 1000 ms"]);

  const timerColour = await sample
    .locator('.timeline-bar[data-kind="timer"]')
    .first()
    .evaluate((bar) => getComputedStyle(bar).backgroundColor);
  expect(timerColour).not.toBe(await computedColour(page, "var(--difference)"));
  // The legend's timer swatch is the bars' colour.
  expect(
    await legend
      .locator('.timeline-swatch[data-kind="timer"]')
      .evaluate((swatch) => getComputedStyle(swatch).backgroundColor),
  ).toBe(timerColour);

  for (let run = 0; run < 2; run += 1) {
    await runAndWait(sample);
    expect(await labelsOf(sample)).toEqual(first);
  }
});

test("hovering or focusing a row shows its start, end and duration in words", async ({ page }) => {
  await useWorkerRuntime(page);
  await page.goto("/en/using-asyncio/");
  const sample = page.locator('[data-sample="two-tasks"]');
  await runAndWait(sample);
  const rows = sample.locator("[data-timeline-row]");
  const tea = rows.filter({ hasText: "tea" });
  await expect(tea.locator(".timeline-tip")).not.toBeInViewport();
  await tea.focus();
  await expect(tea).toBeFocused();
  const tip = tea.locator(".timeline-tip");
  await expect(tip).toBeVisible();
  await expect(tip).toHaveText(/^Start 0\.\d\ds · End 2\.\d\ds · Took 2\.\d\ds · done$/);
  expect((await tip.boundingBox())?.width ?? 0).toBeGreaterThan(100);
  // The keyboard reaches the next row, and the mouse shows a row's tip too.
  await page.keyboard.press("Tab");
  await expect(rows.nth(1)).toBeFocused();
  const toast = rows.filter({ hasText: "toast" });
  await toast.locator(".timeline-label").hover();
  await expect(toast.locator(".timeline-tip")).toHaveText(
    /^Start 0\.\d\ds · End 1\.\d\ds · Took 1\.\d\ds · done$/,
  );
  expect((await toast.locator(".timeline-tip").boundingBox())?.width ?? 0).toBeGreaterThan(100);
});

test("downloads a TaskGroup cancels are drawn as cancelled, not failed", async ({ page }) => {
  await useWorkerRuntime(page);
  await page.goto("/en/using-asyncio/");
  const sample = page.locator('[data-sample="taskgroup"]');
  const lines = await runAndWait(sample);
  expect(lines).toContain("download 1: cancelled");
  const downloads = sample.locator('[data-timeline-row][data-kind="request"]');
  await expect(downloads).toHaveCount(2);
  for (const row of await downloads.all()) await expect(row).toHaveAttribute("data-outcome", "cancelled");
  await expect(sample.locator(".timeline-table tbody")).toContainText("cancelled");
  await expect(sample.locator(".timeline-table tbody")).not.toContainText("failed");
});

for (const width of [375, 1280]) {
  test(`the axis labels neither collide nor get clipped at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await useWorkerRuntime(page);
    await page.goto("/en/using-asyncio/");
    const sample = page.locator('[data-sample="two-tasks"]');
    await runAndWait(sample);
    const axis = sample.locator(".timeline-axis");
    await axis.scrollIntoViewIfNeeded();
    const boxes = await axis.evaluate((ruler) => {
      const bounds = ruler.getBoundingClientRect();
      const labels = [...ruler.querySelectorAll<HTMLElement>(".timeline-tick")]
        .filter((tick) => getComputedStyle(tick).display !== "none")
        .map((tick) => tick.getBoundingClientRect());
      return {
        left: bounds.left,
        right: bounds.right,
        labels: labels.map((box) => ({ left: box.left, right: box.right })),
      };
    });
    expect(boxes.labels.length).toBeGreaterThanOrEqual(2);
    if (width < 500) expect(boxes.labels.length).toBeLessThanOrEqual(5);
    for (const [index, { left, right }] of boxes.labels.entries()) {
      expect(left).toBeGreaterThanOrEqual(boxes.left - 0.5);
      expect(right).toBeLessThanOrEqual(boxes.right + 0.5);
      const next = boxes.labels[index + 1];
      // At least a few pixels between one label and the next.
      if (next !== undefined) expect(next.left - right).toBeGreaterThanOrEqual(4);
    }
  });
}

test("on a phone, request rows keep the end that tells them apart, and their whole label", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await useWorkerRuntime(page);
  await page.goto("/en/using-asyncio/");
  const sample = page.locator('[data-sample="gather-five-requests"]');
  await runAndWait(sample);
  const labels = sample.locator('[data-timeline-row][data-kind="request"] .timeline-label');
  await expect(labels).toHaveCount(5);
  await labels.first().scrollIntoViewIfNeeded();
  const shown = await labels.evaluateAll((all) =>
    all.map((label) => {
      const box = label.getBoundingClientRect();
      const tail = label.querySelector(".timeline-label-tail")?.getBoundingClientRect();
      const head = label.querySelector(".timeline-label-head");
      return {
        whole: label.textContent === label.getAttribute("title"),
        // The head is cut (the narrow column is the point of this test), the tail is not.
        headCut: head !== null && head.scrollWidth > head.clientWidth,
        tailInside: tail !== undefined && tail.width > 0 && tail.right <= box.right + 0.5,
        tail: label.querySelector(".timeline-label-tail")?.textContent,
      };
    }),
  );
  for (const row of shown) expect(row).toMatchObject({ whole: true, headCut: true, tailInside: true });
  expect(new Set(shown.map((row) => row.tail)).size).toBe(5);
});
