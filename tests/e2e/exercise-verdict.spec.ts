/**
 * The verdict as a learner reads it: each finding in plain words in the page's language (never a
 * regular expression), what is missing first and standing out, a link beside Run that jumps to
 * it, a solved exercise still marked solved after a reload, and "Clear my progress" asking first.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { storageKeys } from "../../src/learner/storage-keys.ts";
import { replaceCode, runAndWait, useWorkerRuntime } from "./runner-helpers.ts";

/** Text only a regular expression would show: `/^…`, `…$/`, escapes, classes, `(a|b)` groups. */
const patternText = /\/\^|\$\/|\\|\[[^\]]*\]|\([^)]*\|[^)]*\)/;

/** Runs five-at-once as it starts: five requests one after another, so the check fails. */
async function failFiveAtOnce(page: Page, lang: "en" | "zh-cn") {
  test.setTimeout(90_000);
  await useWorkerRuntime(page);
  await page.goto(`/${lang}/practice/#five-at-once`);
  const exercise = page.locator('[data-exercise="five-at-once"]');
  await runAndWait(exercise);
  const verdict = exercise.locator("[data-check-result]");
  await expect(verdict).toHaveAttribute("data-passed", "false");
  return { exercise, verdict };
}

/** Colour-contrast violations inside `selector`, as axe measures them. */
async function contrastViolations(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).withRules(["color-contrast"]).analyze();
  return results.violations.flatMap((violation) => violation.nodes.map((node) => node.target.join(" ")));
}

test("a failed check says, in words, what is missing first, and it stands out", async ({ page }) => {
  const { exercise, verdict } = await failFiveAtOnce(page, "en");
  await expect(verdict.locator(".verdict-heading")).toHaveText(/^Not yet: \d+ of \d+ checks not met\.$/);
  const failing = verdict.locator('li[data-passed="false"]');
  const passing = verdict.locator('li[data-passed="true"]');
  await expect(verdict.locator("li").first()).toHaveAttribute("data-passed", "false");
  await expect(failing.first()).toHaveText(
    "✗ Not met: At least 5 requests must be waiting at the same time; at the busiest moment 1 was.",
  );
  await expect(passing.first()).toContainText("Met:");
  expect(await verdict.textContent()).not.toMatch(patternText);
  // The word "Not met" is in each failing item's accessible text: not colour or a glyph alone.
  await expect(verdict.getByRole("listitem").filter({ hasText: "Not met:" })).toHaveCount(
    await failing.count(),
  );

  const look = (item: typeof failing) =>
    item.evaluate((element) => {
      const style = getComputedStyle(element);
      return { weight: Number(style.fontWeight), background: style.backgroundColor, color: style.color };
    });
  const failed = await look(failing.first());
  const met = await look(passing.first());
  expect(failed.weight).toBeGreaterThanOrEqual(600);
  expect(met.weight).toBeLessThan(600);
  expect(failed.background).not.toBe("rgba(0, 0, 0, 0)");
  expect(failed.background).not.toBe(met.background);
  expect(failed.color).not.toBe(met.color);

  expect(await contrastViolations(page, '[data-exercise="five-at-once"] .exercise-verdict')).toEqual([]);
  await page.evaluate(() => document.documentElement.setAttribute("data-theme", "dark"));
  expect(await contrastViolations(page, '[data-exercise="five-at-once"] .exercise-verdict')).toEqual([]);

  // Beside Run, a link says how it went and jumps to the verdict under the output.
  const run = exercise.locator('[data-action="run"]');
  const link = exercise.getByRole("link", { name: "✗ Not yet: see what is missing" });
  await expect(link).toBeVisible();
  await expect(exercise.locator(".panel-bar").getByRole("link", { name: /Not yet/ })).toBeVisible();
  const [runBox, linkBox] = [await run.boundingBox(), await link.boundingBox()];
  // In Run's own bar, under the run's status line: about 70 px, where the verdict was ~840 px.
  expect(Math.abs((linkBox?.y ?? 1e9) - (runBox?.y ?? 0))).toBeLessThan(120);
  await page.evaluate(() => scrollTo(0, 0));
  await run.scrollIntoViewIfNeeded();
  await link.click();
  await expect(verdict).toBeFocused();
  await expect(verdict).toBeInViewport();
  // A new Run takes the old verdict and its link away until it is judged again.
  await run.click();
  await expect(link).toBeHidden();
});

test("the verdict speaks Chinese on Chinese pages, with no pattern in it", async ({ page }) => {
  const { exercise, verdict } = await failFiveAtOnce(page, "zh-cn");
  await expect(verdict.locator('li[data-passed="false"]').first()).toHaveText(
    "✗ 未满足：应有至少 5 个请求同时在等待；最忙的时候有 1 个。",
  );
  await expect(verdict.locator(".verdict-heading")).toHaveText(/^还差一点：\d+ 项检查中有 \d+ 项未满足。$/);
  expect(await verdict.textContent()).not.toMatch(patternText);
  await expect(exercise.getByRole("link", { name: "✗ 还差一点：查看缺了什么" })).toBeVisible();
});

test("a solved exercise is marked solved after a reload, on the page and in the sidebar", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await useWorkerRuntime(page);
  await page.goto("/en/practice/#resolve-later");
  const exercise = page.locator('[data-exercise="resolve-later"]');
  await replaceCode(page, exercise, (await exercise.locator(".exercise-solution pre").textContent()) ?? "");
  await runAndWait(exercise);
  await expect(exercise.locator("[data-check-result]")).toHaveAttribute("data-passed", "true");
  await expect(exercise.getByRole("link", { name: "✓ Check passed: see the verdict" })).toBeVisible();

  await page.reload();
  await expect(exercise).toHaveAttribute("data-solved", "true");
  await expect(exercise.getByRole("heading", { level: 3 })).toContainText("✓ Solved");
  const list = page.getByRole("navigation").getByRole("list", { name: "Exercises on this page" });
  await expect(list.locator('[data-exercise-link="resolve-later"]')).toContainText("✓ Solved");
  await expect(list.locator('[data-exercise-link="five-at-once"]')).not.toContainText("Solved");
  await expect(page.locator('[data-exercise="five-at-once"]')).toHaveAttribute("data-solved", "false");

  await page.goto("/zh-cn/practice/");
  await expect(page.locator('[data-exercise-link="resolve-later"]')).toContainText("✓ 已完成");
  await expect(page.locator('[data-exercise="resolve-later"] h3')).toContainText("✓ 已完成");
});

test("Clear my progress asks first, and works from the keyboard", async ({ page }) => {
  await page.addInitScript((key) => {
    if (sessionStorage.getItem("seeded") !== null) return;
    sessionStorage.setItem("seeded", "1");
    localStorage.setItem(key, JSON.stringify({ ran: ["await-one"], passed: ["resolve-later"] }));
  }, storageKeys.progress);
  await page.goto("/en/practice/");
  const solved = page.locator('[data-exercise="resolve-later"] .solved-badge');
  await expect(solved).toBeVisible();
  const clear = page.getByRole("button", { name: "Clear my progress" });
  const question = page.getByRole("group", { name: /Forget which samples you ran/ });
  await clear.focus();
  await page.keyboard.press("Enter");
  await expect(question).toBeVisible();
  await expect(clear).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("button", { name: "Keep it" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(question).toBeHidden();
  await expect(clear).toBeFocused();
  await expect(solved).toBeVisible();

  await page.keyboard.press("Enter");
  await page.keyboard.press("Shift+Tab");
  await expect(page.getByRole("button", { name: "Yes, clear it" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(solved).toHaveCount(0);
  await expect(page.locator(".sidebar .progress-badge")).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "Your progress is cleared." })).toBeFocused();
  await page.reload();
  await expect(page.locator(".solved-badge")).toHaveCount(0);
});
