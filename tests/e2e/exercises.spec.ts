/** Every exercise's check fails on its starting code and passes on its solution, in the browser runtime. */
import { expect, test } from "@playwright/test";
import { replaceCode, runAndWait, useWorkerRuntime } from "./runner-helpers.ts";

test("exercises judge behaviour: the start fails, the solution passes", async ({ page }) => {
  test.setTimeout(180_000);
  await useWorkerRuntime(page);
  await page.goto("/en/practice/");
  const exercises = page.locator("[data-exercise]");
  const count = await exercises.count();
  expect(count).toBeGreaterThanOrEqual(5);
  for (let index = 0; index < count; index += 1) {
    const exercise = exercises.nth(index);
    const id = (await exercise.getAttribute("data-exercise")) ?? "?";
    const verdict = exercise.locator("[data-check-result]");
    await runAndWait(exercise);
    await expect(verdict, `${id}: the starting code must fail`).toHaveAttribute("data-passed", "false");
    const solution = (await exercise.locator(".exercise-solution pre").textContent()) ?? "";
    await replaceCode(page, exercise, solution);
    await runAndWait(exercise);
    await expect(verdict, `${id}: the solution must pass`).toHaveAttribute("data-passed", "true");
    await expect(verdict).toContainText("Check passed");
  }
});

test("a failed check says what is missing, in Chinese on Chinese pages", async ({ page }) => {
  await useWorkerRuntime(page);
  await page.goto("/zh-cn/practice/#five-at-once");
  const exercise = page.locator('[data-exercise="five-at-once"]');
  await runAndWait(exercise);
  await expect(exercise.locator("[data-check-result]")).toContainText("同时进行的请求数：1（至少 5）");
});
