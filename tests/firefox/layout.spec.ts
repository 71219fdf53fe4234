/**
 * The layout facts of issue 24 (items 1–3) in a second engine, Firefox: chapter 4 at 1280 × 800
 * has no wrapped code line (each block shows as many lines as its source has) and each code panel
 * shows at least 72 columns, the panels side by side only where both fit and stacked below; the
 * "On this page" map is on the right with the section being read marked; the header stays in view
 * after scrolling; and on a 390 × 844 phone nothing scrolls the page sideways. The Chromium specs
 * (code-shape, page-map, comfort) hold the same facts there.
 *
 * Cheap: one browser, one page per width, states reached by scrolling and resizing rather than by
 * loading again. Run with `npm run test:firefox` (skipped with a reason where there is no Firefox,
 * except in CI).
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Page } from "puppeteer-core";
import { measureCodeBlocks, type CodeBlockShape } from "../support/code-block-shape.ts";
import { describeInFirefox } from "./firefox-suite.node.ts";

/** Measures every static code block of the samples, each brought into view first. */
function codeBlocks(page: Page): Promise<CodeBlockShape[]> {
  return page.$$eval(".sample pre.astro-code", measureCodeBlocks, true);
}

/** Where each sample's two panels sit, and how many columns its narrower code panel shows. */
function panelPlaces(page: Page): Promise<{ id: string; sideBySide: boolean; stacked: boolean }[]> {
  return page.$$eval(".sample", (samples) =>
    samples.map((sample) => {
      const python = sample.querySelector('[data-panel="python"]')?.getBoundingClientRect();
      const typescript = sample.querySelector('[data-panel="ts"]')?.getBoundingClientRect();
      if (python === undefined || typescript === undefined) throw new Error("a sample lacks a panel");
      return {
        id: sample.getAttribute("data-sample") ?? "",
        sideBySide: Math.abs(typescript.top - python.top) < 1 && typescript.left >= python.right,
        stacked: typescript.top >= python.bottom - 1,
      };
    }),
  );
}

/** The page's sideways overflow in CSS pixels (0 when nothing scrolls sideways). */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

await describeInFirefox("the layout in Firefox", ({ onFreshPage }) => {
  /** Opens `path` at `size` in a fresh browser context, then closes it. */
  const onPage = (
    path: string,
    size: { width: number; height: number },
    steps: (page: Page) => Promise<void>,
  ) => onFreshPage(path, steps, { size });

  void test(
    "chapter 4 at 1280 × 800: code keeps its shape, the map follows, the header stays",
    {
      timeout: 60_000,
    },
    () =>
      onPage("/en/using-asyncio/", { width: 1280, height: 800 }, async (page) => {
        const map = 'nav[aria-label="On this page"]';
        // The map's script marks the first section once it runs.
        await page.waitForSelector(`${map} a[aria-current="location"]`);
        const mapBox = await page.$eval(map, (nav) => {
          const box = nav.getBoundingClientRect();
          return { x: box.x, width: box.width, height: box.height };
        });
        const mainX = await page.$eval("main", (main) => main.getBoundingClientRect().x);
        assert.ok(mapBox.width > 0 && mapBox.height > 0, "the map is shown");
        assert.ok(mapBox.x >= mainX + 700, `the map is on the right (x ${mapBox.x}, main at ${mainX})`);
        assert.equal(
          await page.$eval(`${map} a[data-section]`, (link) => link.getAttribute("aria-current")),
          "location",
        );

        const blocks = await codeBlocks(page);
        assert.ok(blocks.length >= 10, `${blocks.length} code blocks`);
        assert.ok(blocks.reduce((sum, block) => sum + block.sourceLines, 0) > 250);
        for (const block of blocks) {
          assert.ok(
            Math.abs(block.renderedLines - block.sourceLines) < 0.5,
            `${block.start}: ${block.renderedLines} lines shown for ${block.sourceLines} in the source`,
          );
          assert.ok(block.columns >= 72, `${block.start}: ${block.columns.toFixed(1)} columns`);
        }
        // Two 72-column panels do not fit beside each other here: Python sits above TypeScript.
        for (const place of await panelPlaces(page))
          assert.ok(place.stacked && !place.sideBySide, `${place.id} is stacked`);

        // Far down the chapter, the header is still at the top, and the map marks where we are.
        await page.click(`${map} a[data-section="summary"]`);
        await page.waitForSelector(`${map} a[data-section="summary"][aria-current="location"]`);
        const header = await page.$eval(".site-header", (element) => {
          const box = element.getBoundingClientRect();
          return { top: box.top, height: box.height, scrolled: window.scrollY };
        });
        assert.ok(header.scrolled > 2_000, `the page scrolled (${header.scrolled} px)`);
        assert.equal(header.top, 0);
        assert.ok(header.height > 0 && header.height <= 60, `the header is slim (${header.height} px)`);
        assert.equal(await page.$$eval(`${map} a[aria-current]`, (links) => links.length), 1);

        // Wide enough for two 72-column panels, they stand side by side, each still 72 columns.
        await page.setViewport({ width: 2560, height: 900 });
        // The layout follows the width through CSS alone; wait for the new layout to be drawn.
        await page.waitForFunction(() => {
          const sample = document.querySelector('[data-sample="two-tasks"]');
          const python = sample?.querySelector('[data-panel="python"]')?.getBoundingClientRect();
          const typescript = sample?.querySelector('[data-panel="ts"]')?.getBoundingClientRect();
          return python !== undefined && typescript !== undefined && typescript.top < python.bottom;
        });
        const wide = await panelPlaces(page);
        assert.ok(
          wide.every((place) => place.sideBySide),
          `side by side: ${JSON.stringify(wide)}`,
        );
        for (const block of await codeBlocks(page))
          assert.ok(block.columns >= 72, `${block.start}: ${block.columns.toFixed(1)} columns side by side`);
      }),
  );

  for (const language of ["en", "zh-cn"]) {
    void test(
      `${language} chapter 4 on a 390 × 844 phone: nothing scrolls the page sideways`,
      {
        timeout: 30_000,
      },
      () =>
        onPage(`/${language}/using-asyncio/`, { width: 390, height: 844 }, async (page) => {
          assert.equal(await sidewaysOverflow(page), 0);
          // Laid out all the way down (samples off screen are not, until they come near).
          await page.$$eval(".sample", (samples) => {
            for (const sample of samples) sample.scrollIntoView();
          });
          assert.equal(await sidewaysOverflow(page), 0);
          const header = await page.$eval(".site-header", (element) => element.getBoundingClientRect().top);
          assert.equal(header, 0, "the header stays in view on the phone too");
        }),
    );
  }
});
