/**
 * A run's results belong to that run: a new run clears the last one's timeline, verdict and exit
 * line as it starts, and a run that never started (a syntax error) shows no verdict and no timeline.
 */
import { expect, test } from "@playwright/test";
import { replaceCode, runAndWait, useWorkerRuntime } from "./runner-helpers.ts";

test("after a checked run, a syntax error leaves no verdict and no old timeline", async ({ page }) => {
  await useWorkerRuntime(page);
  await page.goto("/en/practice/");
  const exercise = page.locator('[data-exercise="five-at-once"]');
  const verdict = exercise.locator("[data-check-result]");
  const solution = (await exercise.locator(".exercise-solution pre").textContent()) ?? "";
  await replaceCode(page, exercise, solution);
  await runAndWait(exercise);
  // Usually "Check passed"; on a swamped machine the solution may miss the time limit. Either
  // verdict belongs to that run only.
  await expect(verdict).toHaveAttribute("data-passed", /^(true|false)$/);
  await expect(verdict).toContainText(/Check passed|Not yet/);
  await expect(exercise.locator("[data-timeline-row]")).not.toHaveCount(0);

  await replaceCode(page, exercise, "const broken = ;\n");
  await runAndWait(exercise);
  await expect(exercise.locator("[data-exit-status]")).toHaveText(
    "The TypeScript has a syntax error; nothing ran.",
  );
  await expect(verdict).toBeEmpty();
  await expect(verdict).not.toHaveAttribute("data-passed", /./);
  await expect(exercise.locator("[data-timeline-row]")).toHaveCount(0);
  await expect(exercise.getByRole("figure", { name: /Timeline/ })).toHaveCount(0);
});

test("while a new run is going, the previous run's timeline and exit line are gone", async ({ page }) => {
  await useWorkerRuntime(page);
  await page.goto("/en/using-asyncio/");
  const sample = page.locator('[data-sample="two-tasks"]');
  await runAndWait(sample);
  await expect(sample.locator("[data-timeline-row]")).not.toHaveCount(0);
  await expect(sample.locator("[data-exit-status]")).toContainText("Exited with code 0");
  // Said once: beside Run, how it went; the exit code only under the output, whose clock is named.
  await expect(sample.locator("[data-run-status]")).toHaveText(/^Done in \d+\.\d\d s\.$/);
  await expect(sample.locator(".run-log-key")).toBeVisible();

  // A run long enough to look at while it goes; Stop ends it.
  await replaceCode(
    page,
    sample,
    'console.log("waiting");\nawait new Promise((resolve) => setTimeout(resolve, 60_000));\n',
  );
  await sample.getByRole("button", { name: "Run", exact: true }).click();
  await expect(sample.getByRole("log")).toContainText("waiting");
  await expect(sample).toHaveAttribute("data-run-state", "running");
  await expect(sample.locator("[data-timeline-row]")).toHaveCount(0);
  await expect(sample.locator("[data-exit-status]")).toBeEmpty();
  // And this run's own timeline arrives when it ends: its one timer, cut short.
  await sample.getByRole("button", { name: "Stop" }).click();
  await expect(sample).toHaveAttribute("data-run-state", "stopped");
  const row = sample.locator("[data-timeline-row]");
  await expect(row).toHaveCount(1);
  await expect(row.locator(".timeline-label")).toHaveText("timer 60000 ms");
  await expect(row).toHaveAttribute("data-outcome", "unfinished");
});
