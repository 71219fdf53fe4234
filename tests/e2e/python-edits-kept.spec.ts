/**
 * A learner's Python edit is theirs as a TypeScript edit is: kept across a reload (apart from the
 * TypeScript edit), shown from the start, copied as edited, and Reset brings back the sample's
 * Python, undoable with Ctrl+Z. No Python runs here: keeping an edit needs no interpreter.
 */
import { expect, test, type Page } from "@playwright/test";
import { readSample } from "../../src/samples/sample-files.node.ts";
import { editKey } from "../../src/learner/storage-keys.ts";

const stored = (page: Page, key: string) => page.evaluate((name) => localStorage.getItem(name), key);
const mine = 'print("my own Python")\n';

test("a Python edit is kept across a reload, copied as edited, and Reset undoes it", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/en/using-asyncio/");
  const sample = page.locator('[data-sample="await-one"]');
  const python = sample.locator('[data-editor="py"]');
  const reset = sample.locator('[data-action="reset-python"]');
  const marker = sample.locator("[data-python-edited-marker]");
  await expect(reset).toBeHidden();

  await python.focus();
  await expect(python.locator(".cm-content")).toBeVisible({ timeout: 20_000 });
  await python.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(mine);
  await expect.poll(() => stored(page, editKey("await-one", "py"))).toBe(mine);
  expect(await stored(page, editKey("await-one")), "the TypeScript edit is untouched").toBeNull();
  await expect(sample).toHaveAttribute("data-python-edited", "true");
  await expect(marker).toBeVisible();
  await sample.locator("button[data-copy-python]").click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(mine);

  // A new visit shows the edit without a reach for the code, and the TypeScript as it was.
  await page.reload();
  await expect(python.locator(".cm-content")).toContainText("my own Python");
  await expect(reset).toBeVisible();
  await expect(sample).not.toHaveAttribute("data-edited", "true");

  const original = readSample("await-one").python;
  const firstLine = original.split("\n")[0] ?? "";
  await reset.click();
  await expect(python.locator(".cm-content")).toContainText(firstLine);
  await expect(sample).toHaveAttribute("data-python-edited", "false");
  await expect(reset).toBeHidden();
  await expect(marker).toBeHidden();
  await expect.poll(() => stored(page, editKey("await-one", "py"))).toBeNull();

  // Reset loses nothing: Ctrl+Z in the code brings the edit back, and keeps it again.
  await python.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+Z");
  await expect(python.locator(".cm-content")).toContainText("my own Python");
  await expect.poll(() => stored(page, editKey("await-one", "py"))).toBe(mine);
});
