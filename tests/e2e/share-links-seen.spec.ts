/**
 * Share links that are seen: the page goes to a damaged link's message and announces it, a link
 * opened in a tab already on its page applies at once, and shared code is marked shared and kept
 * as a draft, never as the visitor's own edit, even once they edit it. A shared version shows
 * which of its lines differ from the original, and the original is one click away.
 */
import { expect, test, type Browser } from "@playwright/test";
import { encodeSharedCode } from "../../src/learner/share-code.ts";
import { draftKey, editKey } from "../../src/learner/storage-keys.ts";
import { readSample } from "../../src/samples/sample-files.node.ts";
import { replaceCode, useWorkerRuntime } from "./runner-helpers.ts";

/** Someone else, with storage of their own, shares `code` from the first sample of a chapter. */
async function linkSharedBySomeoneElse(browser: Browser, code: string): Promise<string> {
  const sharer = await browser.newContext();
  const page = await sharer.newPage();
  await useWorkerRuntime(page);
  await page.goto("/en/using-asyncio/");
  const sample = page.locator('[data-sample="await-one"]');
  await replaceCode(page, sample, code);
  await sample.getByRole("button", { name: "Share my code" }).click();
  await expect(sample.locator("[data-share-url]")).toHaveValue(/#share=await-one~/);
  const link = await sample.locator("[data-share-url]").inputValue();
  await sharer.close();
  return link;
}

for (const [what, fragment, message] of [
  ["damaged data", "#share=await-one~%%%not-base64", "damaged"],
  ["an unknown sample", "#share=no-such-sample~abc", "not on this page"],
] as const) {
  test(`a link with ${what} brings its message into view and focus`, async ({ page }) => {
    await page.goto(`/en/using-asyncio/${fragment}`);
    const banner = page.getByRole("alert").filter({ hasText: message });
    await expect(banner).toBeVisible();
    await expect(banner).toBeFocused();
    await expect(banner).toBeInViewport();
  });
}

test("a share link opened in a tab already on its page applies, marked as shared", async ({
  page,
  browser,
}) => {
  const link = await linkSharedBySomeoneElse(browser, 'console.log("from a friend");\n');
  await useWorkerRuntime(page);
  await page.goto("/en/using-asyncio/");
  await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
  const sample = page.locator('[data-sample="await-one"]');
  await expect(sample).not.toBeInViewport();
  // Same page, new fragment: the browser does not reload, it only fires hashchange.
  await page.evaluate((hash) => (location.hash = hash), new URL(link).hash);
  await expect(sample.locator(".cm-content")).toContainText("from a friend");
  await expect(sample.getByRole("status").filter({ hasText: "someone shared" })).toBeInViewport();
  const marker = sample.locator("[data-edited-marker]");
  await expect(marker).toHaveText("shared version, kept apart from yours");
  await expect(sample).toHaveAttribute("data-edited", "false");
  const stored = (key: string) => page.evaluate((name) => localStorage.getItem(name), key);
  expect(await stored(editKey("await-one"))).toBeNull();

  // The visitor's change edits the draft; it becomes their own only when they keep it.
  await sample.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.insertText("\n// mine now");
  await expect(marker).toHaveText("shared version, kept apart from yours");
  await expect.poll(() => stored(draftKey("await-one"))).toContain("mine now");
  expect(await stored(editKey("await-one"))).toBeNull();
  await sample.getByRole("button", { name: "Keep the shared version" }).click();
  await expect(marker).toHaveText("edited");
  await expect(sample).toHaveAttribute("data-edited", "true");
  expect(await stored(editKey("await-one"))).toContain("mine now");
});

test("a shared version marks the lines that differ from the original, as text", async ({ page }) => {
  await useWorkerRuntime(page);
  await page.goto("/en/using-asyncio/");
  const sample = page.locator('[data-sample="await-one"]');
  const original = readSample("await-one").typescript;
  const lines = original.split("\n");
  // Hostile lines: markup that must stay text, one changed line and one added.
  const changed = 'console.log("<img src=x onerror=alert(1)>");';
  const added = "// <b>added</b>";
  lines[1] = changed;
  lines.splice(3, 0, added);
  const code = await encodeSharedCode(lines.join("\n"));
  await page.evaluate((hash) => (location.hash = hash), `#share=await-one~${code}`);

  const bar = sample.locator("[data-draft-bar]");
  await expect(bar).toContainText("2 lines differ from the original");
  const numbers = sample.locator(".cm-lineNumbers .cm-changed-number");
  await expect(numbers).toHaveText(["2", "4"]);
  await expect(sample.locator("[data-changed-line]")).toHaveText([changed, added]);
  // The page's own code colours are bare <b> and <i> tokens: look for the shared markup itself.
  await expect(sample.locator("img")).toHaveCount(0);
  await expect(sample.locator("b", { hasText: /^added$/ })).toHaveCount(0);
  await bar.getByText("See the original").click();
  await expect(bar.locator("pre")).toHaveText(original);

  // The marks and the count follow the visitor's edit of the draft.
  await sample.locator(".cm-line").first().click();
  await page.keyboard.press("End");
  await page.keyboard.insertText(" // mine");
  await expect(bar).toContainText("3 lines differ from the original");
  await expect(numbers).toHaveText(["1", "2", "4"]);
  // The original has no marks.
  await bar.getByRole("button", { name: "Back to the original" }).click();
  await expect(sample.locator(".cm-content")).toContainText(original.split("\n")[0] ?? "");
  await expect(numbers).toHaveCount(0);
});
