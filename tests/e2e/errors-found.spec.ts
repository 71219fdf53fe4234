/**
 * Errors you can find (issue 24, item 2): a runtime error's `main.ts:L:C` in the output is a link,
 * reached by keyboard, that puts the caret there; the error's span is underlined and its line
 * marked; output stays text; a long output line scrolls rather than wraps; and a syntax error is
 * worded for a learner, with the editor marking it.
 */
import { expect, test } from "@playwright/test";
import { replaceCode, runAndWait, useWorkerRuntime } from "./runner-helpers.ts";

test("an error's place is a link into the editor, and a syntax error reads for a learner", async ({
  page,
}) => {
  await useWorkerRuntime(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/en/using-asyncio/");
  const sample = page.locator('[data-sample="await-one"]');
  const log = sample.locator("[role=log]");
  const program = [
    'console.log("<img src=x onerror=alert(1)> see main.ts:2:1");',
    'console.log("x".repeat(300));',
    "function explode(reason: string): never {",
    "  throw new Error(reason);",
    "}",
    'explode("boom");',
    "",
  ].join("\n");
  await replaceCode(page, sample, program);
  await runAndWait(sample);
  await expect(sample).toHaveAttribute("data-run-state", "error");

  // Output is text: the markup printed is shown, not made; only our own links are elements.
  await expect(log.locator("img")).toHaveCount(0);
  await expect(log.locator(".run-text").first()).toHaveText("<img src=x onerror=alert(1)> see main.ts:2:1");
  // A 300-character line is one line box, scrolled sideways.
  const shape = await log.evaluate((element) => {
    const lines = [...element.querySelectorAll<HTMLElement>(".run-line")];
    return {
      short: lines[0]?.offsetHeight ?? 0,
      long: lines[1]?.offsetHeight ?? 0,
      scrolls: element.scrollWidth > element.clientWidth,
    };
  });
  expect(shape.long).toBe(shape.short);
  expect(shape.scrolls).toBe(true);

  // The run marked where the error was thrown, in the open editor.
  await expect(sample.locator(".cm-error-line")).toHaveText("  throw new Error(reason);");
  await expect(sample.locator(".cm-error-span")).toHaveText("new");

  // The stack's place is a link; by keyboard, it takes the caret there, ready to type.
  const link = log.getByRole("link", { name: "main.ts:4:9" });
  await link.focus();
  await page.keyboard.press("Enter");
  await expect(sample.locator(".cm-content")).toBeFocused();
  await page.keyboard.type("X");
  await expect(sample.locator(".cm-line").nth(3)).toHaveText("  throw Xnew Error(reason);");
  // An edit makes the mark stale, so it goes.
  await expect(sample.locator(".cm-error-line")).toHaveCount(0);

  // A missing `)` is named as such, where the learner must add it.
  await replaceCode(page, sample, "const most = Math.max(1, 2;\nconsole.log(most);\n");
  await runAndWait(sample);
  await expect(log.locator(".run-text")).toHaveText([
    "SyntaxError: missing `)` before line 1, column 27. (main.ts:1:27)",
  ]);
  await expect(sample.locator(".cm-error-line")).toHaveText("const most = Math.max(1, 2;");
  await expect(log.getByRole("link", { name: "main.ts:1:27" })).toBeVisible();
});

test("on a phone, one tap on an error's place puts the caret there", async ({ page }) => {
  await useWorkerRuntime(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/en/using-asyncio/");
  const sample = page.locator('[data-sample="await-one"]');
  await replaceCode(page, sample, 'console.log("start");\n\nthrow new Error("boom");\n');
  await runAndWait(sample);
  await expect(sample).toHaveAttribute("data-run-state", "error");
  await sample.locator("[role=log]").getByRole("link", { name: "main.ts:3:7" }).click();
  await expect(sample.locator(".cm-content")).toBeFocused();
  await page.keyboard.type("X");
  await expect(sample.locator(".cm-line").nth(2)).toHaveText('throw Xnew Error("boom");');
});
