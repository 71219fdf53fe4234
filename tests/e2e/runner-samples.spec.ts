/**
 * Every sample on every chapter page runs in the browser and prints its expected output; a
 * Node-only sample gets the built-in runtime's notice instead, and prints nothing.
 */
import { expect, test } from "@playwright/test";
import { runnerText } from "../../src/i18n/runner-text.ts";
import { outputProblems } from "../support/sample-output.ts";
import { localeCodes } from "../../src/i18n/locales.ts";
import { runAndWait, useWorkerRuntime } from "./runner-helpers.ts";
import { chapterSlugs, fullSweep } from "./site-pages.ts";

// The cheat sheet and the run-it-yourself page have no samples.
const chapters = chapterSlugs.filter((slug) => slug !== "cheat-sheet" && slug !== "run-python");

// The Chinese pages show the same samples (tests/content/parity.test.ts); E2E_FULL=1 runs them too.
for (const lang of fullSweep ? localeCodes : (["en"] as const)) {
  for (const chapter of chapters) {
    test(`${lang}/${chapter}: every sample runs and matches its expected output`, async ({ page }) => {
      test.setTimeout(180_000);
      await useWorkerRuntime(page);
      await page.goto(`/${lang}/${chapter}/`);
      const samples = page.locator("[data-sample]:not([data-exercise])");
      const count = await samples.count();
      expect(count).toBeGreaterThan(0);
      for (let index = 0; index < count; index += 1) {
        const sample = samples.nth(index);
        const id = await sample.getAttribute("data-sample");
        const lines = await runAndWait(sample);
        await expect(sample, `${id ?? "?"} should finish cleanly`).toHaveAttribute("data-run-state", "done");
        if ((await sample.locator("[data-node-only]").count()) > 0) {
          await expect(sample.locator("[role=log] .run-note")).toHaveText([runnerText(lang)("nodeOnly")]);
          expect(lines, `${id ?? "?"} is Node-only: the built-in runtime runs nothing`).toEqual([]);
          continue;
        }
        const expected = (await sample.locator("[data-expected-output]").textContent()) ?? "";
        expect(outputProblems(expected, lines), id ?? "?").toBe("");
      }
    });
  }
}
