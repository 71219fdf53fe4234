/**
 * A learner's own saved version is never overwritten without their say: code from a share link is
 * kept as a separate draft, the learner chooses which to keep, and what the box shows is what runs.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { encodeSharedCode } from "../../src/learner/share-code.ts";
import { draftKey, editKey } from "../../src/learner/storage-keys.ts";
import { replaceCode, runAndWait, useWorkerRuntime } from "./runner-helpers.ts";

const stored = (page: Page, key: string) => page.evaluate((name) => localStorage.getItem(name), key);

/** A link someone else made for await-one, built as the Share button builds it. */
async function sharedLink(code: string): Promise<string> {
  return `/en/using-asyncio/#share=await-one~${await encodeSharedCode(code)}`;
}

/** Saves an edit of await-one, then leaves the page, so a link loads it afresh. */
async function learnerWithEdit(page: Page, code: string): Promise<Locator> {
  await page.goto("/en/using-asyncio/");
  const sample = page.locator('[data-sample="await-one"]');
  await replaceCode(page, sample, code);
  await expect.poll(() => stored(page, editKey("await-one"))).toBe(code);
  await page.goto("/en/");
  return sample;
}

test.beforeEach(async ({ page }) => {
  await useWorkerRuntime(page);
});

test("typing into shared code edits the draft, never the learner's saved edit", async ({ page }) => {
  const sample = await learnerWithEdit(page, 'console.log("my own version");\n');
  await page.goto(await sharedLink('console.log("their shared code");\n'));
  await expect(sample.locator(".cm-content")).toContainText("their shared code");
  await expect(sample.getByRole("button", { name: "Back to your version" })).toBeVisible();
  // One key press in the shared code.
  await sample.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.insertText("\n// tried something");
  await expect.poll(() => stored(page, draftKey("await-one"))).toContain("tried something");
  expect(await stored(page, editKey("await-one"))).toBe('console.log("my own version");\n');
  // Shown is what runs.
  expect(await runAndWait(sample)).toEqual(["their shared code"]);

  // A reload (or closing the tab) loses neither version.
  await page.reload();
  await expect(sample.locator(".cm-content")).toContainText("my own version");
  await sample.getByRole("button", { name: "Show the shared version" }).click();
  await expect(sample.locator(".cm-content")).toContainText("tried something");
  await sample.getByRole("button", { name: "Back to your version" }).click();
  await expect(sample.locator(".cm-content")).toContainText("my own version");
  expect(await runAndWait(sample)).toEqual(["my own version"]);
});

test("keeping the shared version replaces the edit, and Undo brings the edit back", async ({ page }) => {
  const sample = await learnerWithEdit(page, 'console.log("my own version");\n');
  await page.goto(await sharedLink('console.log("their shared code");\n'));
  await sample.getByRole("button", { name: "Keep the shared version" }).click();
  await expect(sample.locator(".cm-content")).toContainText("their shared code");
  await expect.poll(() => stored(page, editKey("await-one"))).toContain("their shared code");
  expect(await stored(page, draftKey("await-one"))).toBeNull();
  await expect(sample).toHaveAttribute("data-edited", "true");
  await sample.getByRole("button", { name: "Undo" }).click();
  await expect(sample.locator(".cm-content")).toContainText("my own version");
  await expect.poll(() => stored(page, editKey("await-one"))).toBe('console.log("my own version");\n');
  await expect(sample.getByRole("button", { name: "Show the shared version" })).toBeVisible();
});

test("discarding the shared version keeps the edit and forgets the draft", async ({ page }) => {
  const sample = await learnerWithEdit(page, 'console.log("my own version");\n');
  await page.goto(await sharedLink('console.log("their shared code");\n'));
  await sample.getByRole("button", { name: "Discard" }).click();
  await expect(sample.locator(".cm-content")).toContainText("my own version");
  await expect(sample.locator("[data-draft-bar]")).toHaveCount(0);
  expect(await stored(page, draftKey("await-one"))).toBeNull();
  expect(await runAndWait(sample)).toEqual(["my own version"]);
  await page.reload();
  await expect(sample.locator(".cm-content")).toContainText("my own version");
  await expect(sample.locator("[data-draft-bar]")).toHaveCount(0);
});

test("after a damaged share link the box shows the learner's edit, which is what runs", async ({ page }) => {
  const sample = await learnerWithEdit(page, 'console.log("my own version");\n');
  await page.goto("/en/using-asyncio/#share=await-one~%%%not-base64");
  await expect(page.getByRole("alert").filter({ hasText: "damaged" })).toBeVisible();
  // The box is the live editor, holding the edit (the static copy of the original is for print).
  await expect(sample.locator(".cm-content")).toContainText("my own version");
  await expect(sample.locator(".cm-content")).not.toContainText("asking for a reply");
  expect(await runAndWait(sample)).toEqual(["my own version"]);
});

test("an edit made in another tab shows here instead of being overwritten", async ({ page, context }) => {
  const sample = await learnerWithEdit(page, 'console.log("first tab");\n');
  await page.goto("/en/using-asyncio/");
  await expect(sample.locator(".cm-content")).toContainText("first tab");
  const other = await context.newPage();
  await other.goto("/en/using-asyncio/");
  const otherSample = other.locator('[data-sample="await-one"]');
  await replaceCode(other, otherSample, 'console.log("second tab");\n');
  await expect(sample.locator(".cm-content")).toContainText("second tab");
  await expect(sample.locator("[data-run-status]")).toContainText("another tab");
  expect(await runAndWait(sample)).toEqual(["second tab"]);
  await other.close();
});

test("a second link over an edited draft can be undone, so the draft's edits survive", async ({ page }) => {
  const sample = await learnerWithEdit(page, 'console.log("my own version");\n');
  await page.goto(await sharedLink('console.log("first link");\n'));
  await sample.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.insertText("\n// my change to the first link");
  await expect.poll(() => stored(page, draftKey("await-one"))).toContain("my change");
  // The second link is opened in the same tab: only the fragment changes.
  const second = new URL(await sharedLink('console.log("second link");\n'), page.url()).hash;
  await page.evaluate((hash) => (location.hash = hash), second);
  await expect(sample.locator(".cm-content")).toContainText("second link");
  await sample.getByRole("button", { name: "Undo" }).click();
  await expect(sample.locator(".cm-content")).toContainText("my change to the first link");
  await expect.poll(() => stored(page, draftKey("await-one"))).toContain("my change");
  expect(await stored(page, editKey("await-one"))).toBe('console.log("my own version");\n');
});

test("the draft bar speaks Chinese on a Chinese page", async ({ page }) => {
  await page.goto(`/zh-cn${(await sharedLink('console.log("分享");\n')).slice("/en".length)}`);
  const sample = page.locator('[data-sample="await-one"]');
  await expect(sample.locator(".cm-content")).toContainText("分享");
  await expect(sample.getByRole("button", { name: "保留分享的版本" })).toBeVisible();
  await sample.getByRole("button", { name: "恢复原始代码" }).click();
  await expect(sample.getByRole("button", { name: "查看分享的版本" })).toBeVisible();
  await expect(sample.locator("[data-draft-bar]")).toContainText("分开保存");
});
