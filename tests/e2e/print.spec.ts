/**
 * Printing a chapter (issue 10, item 11): no runtime notice or other controls on paper, samples free
 * to break across pages (so none leaves a half-blank page before it), and at most two thirds of the
 * 23 A4 pages the "HTTP requests" chapter took before (a chapter whose content has barely changed
 * since; "Using asyncio" has since gained a section).
 */
import { expect, test } from "@playwright/test";
import { runAndWait, useWorkerRuntime } from "./runner-helpers.ts";

const pagesBefore = 23;

const pdfPages = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test("a chapter prints in at most two thirds of its former pages", async ({ page }) => {
  await page.goto("/en/http-requests/");
  const pages = pdfPages(await page.pdf({ format: "A4" }));
  expect(pages).toBeGreaterThan(2);
  expect(pages).toBeLessThanOrEqual(Math.floor((pagesBefore * 2) / 3));
});

test("after a run, print shows neither the runtime notice nor the run's output", async ({ page }) => {
  await useWorkerRuntime(page);
  await page.goto("/en/using-asyncio/");
  const sample = page.locator('[data-sample="await-one"]');
  await runAndWait(sample);
  await expect(sample.locator("[data-runtime-notice]")).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(sample.locator("[data-runtime-notice]")).toBeHidden();
  await expect(sample.locator("[role=log]")).toBeHidden();
  // CSS locators, not roles: a role locator would skip the hidden buttons this checks.
  const buttons = await sample.locator("button").all();
  expect(buttons.length).toBeGreaterThan(3);
  for (const button of buttons) await expect(button).toBeHidden();
  await expect(sample.locator("[data-expected-output]")).toBeVisible();
});

test("in print, samples may break across pages and headings stay with what follows", async ({ page }) => {
  await page.goto("/en/using-asyncio/");
  await page.emulateMedia({ media: "print" });
  const breaks = await page.evaluate(() => ({
    sample: getComputedStyle(document.querySelector(".sample") ?? document.body).breakInside,
    heading: getComputedStyle(document.querySelector(".lesson h2") ?? document.body).breakAfter,
  }));
  expect(breaks.sample).not.toBe("avoid");
  expect(breaks.heading).toBe("avoid");
});

test("in print, no code line is clipped: long lines wrap inside their box", async ({ page }) => {
  // About an A5 page's printable width: narrow enough that some lines must wrap.
  await page.setViewportSize({ width: 520, height: 900 });
  await page.goto("/en/http-requests/");
  const clipped = () =>
    page
      .locator(".lesson pre")
      .evaluateAll((boxes) =>
        boxes
          .filter((box) => box.getClientRects().length > 0 && box.scrollWidth > box.clientWidth + 1)
          .map((box) => box.textContent.split("\n").reduce((a, b) => (b.length > a.length ? b : a), "")),
      );
  // On screen long lines scroll sideways in their box; that is what paper cannot do.
  expect((await clipped()).length).toBeGreaterThan(0);
  await page.emulateMedia({ media: "print" });
  expect(await clipped()).toEqual([]);
  // Every line's end is inside its box, asyncio.run(main()) included.
  const outside = await page.locator(".lesson pre").evaluateAll((boxes) =>
    boxes.flatMap((box) => {
      const bounds = box.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(box);
      return [...range.getClientRects()].filter((rect) => rect.right > bounds.right + 1).map(() => box.id);
    }),
  );
  expect(outside).toEqual([]);
  await expect(page.locator(".code-gutter").first()).toBeHidden();
});
