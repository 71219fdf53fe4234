/**
 * An exercise's Python version on the practice page: the language tabs switch the task, the editor,
 * the hints and the solution, the choice survives a reload, and nothing of Python loads until the
 * learner reaches for it; then (one Pyodide boot) the Python start fails with its verdict, and the
 * Python solution passes it and solves the exercise, which is one exercise in either language, and
 * the Python bar's own Stop ends a run.
 */
import { expect, test, type Page } from "@playwright/test";
import { readExercise } from "../../src/exercises/exercise-files.node.ts";
import { editKey, storageKeys } from "../../src/learner/storage-keys.ts";
import { seriousViolations } from "./axe-helpers.ts";
import { pythonBootMs, replacePython, runPython } from "./runner-helpers.ts";

/** The exercise these facts are checked on: the first whose Python version the corpus holds. */
const id = "five-at-once";
const files = readExercise(id);
const python = files.python;
const pythonTask = files.meta.python?.task.en ?? "";
const stored = (page: Page, key: string) => page.evaluate((name) => localStorage.getItem(name), key);

/** The practice page at the exercise, with every request for Python's files counted. */
async function openExercise(page: Page) {
  const pythonFiles: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/python/")) pythonFiles.push(request.url());
  });
  await page.goto(`/en/practice/#${id}`);
  const exercise = page.locator(`[data-exercise="${id}"]`);
  return { exercise, pythonFiles, tab: (name: string) => exercise.getByRole("tab", { name }) };
}

test.skip(python === undefined, `${id} has no Python version yet`);

test("the language tabs switch task, editor, hints and solution, and the choice is kept", async ({
  page,
}) => {
  // axe over the whole practice page takes most of a minute on a loaded machine.
  test.setTimeout(120_000);
  const { exercise, pythonFiles, tab } = await openExercise(page);
  const typescriptEditor = exercise.locator('[data-editor="ts"]');
  const pythonEditor = exercise.locator('[data-editor="py"]');
  await expect(exercise.getByRole("tablist")).toBeVisible();
  await expect(tab("TypeScript")).toHaveAttribute("aria-selected", "true");
  await expect(typescriptEditor).toBeVisible();
  await expect(pythonEditor).toBeHidden();
  await expect(exercise.getByText(pythonTask)).toBeHidden();

  await tab("Python").click();
  await expect(tab("Python")).toHaveAttribute("aria-selected", "true");
  await expect(exercise.getByText(pythonTask)).toBeVisible();
  await expect(pythonEditor).toBeVisible();
  await expect(typescriptEditor).toBeHidden();
  await expect(exercise.locator(".exercise-solution")).toBeHidden();
  const solution = exercise.locator(".exercise-solution-python");
  await solution.locator("summary").click();
  await expect(solution.locator("pre")).toContainText("asyncio");
  await expect(exercise.locator('[data-action="run-python"]')).toBeVisible();
  expect(await stored(page, storageKeys.exerciseLanguage)).toBe("py");
  expect(await seriousViolations(page), "the Python version passes axe").toEqual([]);

  // The editor starts from start.py, and an edit is kept for the next visit, as a sample's is.
  await pythonEditor.focus();
  const content = pythonEditor.locator(".cm-content");
  await expect(content).toBeVisible({ timeout: 20_000 });
  await expect(content).toContainText("for id in range(1, 6):");
  await content.click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.insertText("# mine\n");
  await expect.poll(() => stored(page, editKey(id, "py"))).toContain("# mine");
  expect(pythonFiles, "no Python is downloaded before a reach for Run Python").toEqual([]);

  await page.reload();
  await expect(tab("Python")).toHaveAttribute("aria-selected", "true");
  await expect(pythonEditor.locator(".cm-content")).toContainText("# mine");
  await exercise.locator('[data-action="reset-python"]').click();
  await expect(pythonEditor.locator(".cm-content")).not.toContainText("# mine");
  await expect.poll(() => stored(page, editKey(id, "py"))).toBeNull();

  // Arrow keys move between the tabs, as on the site's other tabs.
  await tab("Python").focus();
  await page.keyboard.press("ArrowLeft");
  await expect(tab("TypeScript")).toBeFocused();
  await expect(typescriptEditor).toBeVisible();
  expect(await stored(page, storageKeys.exerciseLanguage)).toBe("ts");
  expect(pythonFiles, "nor after a visit that only edits").toEqual([]);
});

test("the Python start fails with its verdict, the Python solution solves it, and Stop ends a run", async ({
  page,
}) => {
  test.setTimeout(3 * pythonBootMs);
  const { exercise, tab } = await openExercise(page);
  await tab("Python").click();
  const verdict = exercise.locator("[data-check-result]");

  await runPython(exercise);
  await expect(verdict).toHaveAttribute("data-passed", "false");
  await expect(verdict).toContainText(/Not yet: \d+ of \d+ checks not met/);
  // The run's own records judged it: five requests, one after another.
  await expect(exercise.locator('[data-timeline-row][data-kind="request"]')).toHaveCount(5);
  await expect(exercise.getByRole("link", { name: /Not yet/ })).toBeVisible();
  await expect(exercise).toHaveAttribute("data-solved", "false");

  await replacePython(page, exercise, python?.solution ?? "");
  await runPython(exercise);
  await expect(verdict).toHaveAttribute("data-passed", "true");
  await expect(verdict).toContainText("Check passed");
  await expect(exercise.getByRole("link", { name: /Check passed/ })).toBeVisible();
  await expect(exercise).toHaveAttribute("data-solved", "true");

  // The Python bar has its own Stop, since the TypeScript bar's is hidden with its tab.
  await replacePython(page, exercise, "print('looping')\nwhile True:\n    pass\n");
  await exercise.locator('[data-action="run-python"]').click();
  await expect(exercise.locator("[role=log]")).toContainText("looping");
  await exercise.locator('[data-panel="python"] [data-action="stop"]').click();
  await expect(exercise).toHaveAttribute("data-run-state", "stopped", { timeout: 10_000 });
  await expect(exercise.locator('[data-panel="python"] [data-run-status]')).toContainText("Stopped");

  // Solved is the exercise's, whichever language solved it.
  await tab("TypeScript").click();
  await expect(exercise.locator(".exercise-title .solved-badge")).toBeVisible();
});
