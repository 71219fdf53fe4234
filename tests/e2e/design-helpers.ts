/** Shared steps for the design specs: a page in a chosen theme and size, and screenshots. */
import { mkdirSync } from "node:fs";
import type { Page } from "@playwright/test";

/** The two themes every look is checked in. */
export const themes = ["light", "dark"] as const;

/** Where screenshots go: git-ignored (`reports/`), never committed. */
export const screenshotDir = "reports/screenshots";

/** Opens `path` in `theme` at `width` × `height`. */
export async function openIn(
  page: Page,
  path: string,
  theme: (typeof themes)[number],
  width: number,
  height = 900,
): Promise<void> {
  await page.setViewportSize({ width, height });
  await page.emulateMedia({ colorScheme: theme });
  await page.goto(path);
}

/** Saves a screenshot named after what it shows. */
export async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: `${screenshotDir}/${name}.png`, fullPage });
}

/**
 * Lays out what the page leaves for later: samples, exercises and a lesson's prose off screen are
 * not rendered (content-visibility: auto) and stand in at a guessed height. A reader only ever sees
 * them rendered, so a check of their colours or their lines looks at them that way.
 */
export async function layOutOffScreenBlocks(page: Page): Promise<void> {
  await page.addStyleTag({
    content: ".sample, .exercise, .lesson > * { content-visibility: visible !important; }",
  });
}
