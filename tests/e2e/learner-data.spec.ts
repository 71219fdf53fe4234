/** Nothing the learner typed is lost; reset can be undone; share links open safely. */
import { expect, test } from "@playwright/test";
import { replaceCode, runAndWait, useWorkerRuntime } from "./runner-helpers.ts";

test.beforeEach(async ({ page }) => {
  await useWorkerRuntime(page);
});

test("an edited sample runs the edit, is marked, and survives a reload", async ({ page }) => {
  await page.goto("/en/using-asyncio/");
  const sample = page.locator('[data-sample="await-one"]');
  await replaceCode(page, sample, 'console.log("my own line");\n');
  await expect(sample).toHaveAttribute("data-edited", "true");
  expect(await runAndWait(sample)).toEqual(["my own line"]);
  await page.reload();
  const again = page.locator('[data-sample="await-one"]');
  await expect(again).toHaveAttribute("data-edited", "true");
  await expect(again.locator(".cm-content")).toContainText("my own line");
  expect(await runAndWait(again)).toEqual(["my own line"]);
});

test("Reset brings the original back, and one click brings the edit back", async ({ page }) => {
  await page.goto("/en/using-asyncio/");
  const sample = page.locator('[data-sample="await-one"]');
  await replaceCode(page, sample, 'console.log("edit to keep");\n');
  expect(await runAndWait(sample)).toEqual(["edit to keep"]);
  await sample.locator('[data-action="reset"]').click();
  await expect(sample).toHaveAttribute("data-edited", "false");
  // The edit's output went with it: nothing on screen describes code no longer there.
  await expect(sample).toHaveAttribute("data-run-state", "idle");
  await expect(sample.locator(".run-output")).toBeHidden();
  await expect(sample.locator("[role=log] .run-text")).toHaveCount(0);
  await expect(sample.locator(".cm-content")).toContainText("asking for a reply");
  await sample.getByRole("button", { name: "Undo reset" }).click();
  await expect(sample.locator(".cm-content")).toContainText("edit to keep");
  await expect(sample).toHaveAttribute("data-edited", "true");
});

test("a share link shows the shared code with a banner, and never runs it by itself", async ({
  page,
  browser,
}) => {
  await page.goto("/en/using-asyncio/");
  const sample = page.locator('[data-sample="await-one"]');
  await replaceCode(page, sample, 'console.log("shared with you");\n');
  await sample.locator('[data-action="share"]').click();
  // The link is built asynchronously (compression), so wait for it to appear.
  const field = sample.locator("[data-share-url]");
  await expect(field).toHaveValue(/\/en\/using-asyncio\/#share=await-one~[\w-]+$/);
  const link = await field.inputValue();

  // The visitor is someone else: a browser context with storage of its own.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await useWorkerRuntime(visitor);
  await visitor.goto(link);
  const shared = visitor.locator('[data-sample="await-one"]');
  await expect(shared.locator("[data-share-banner=shared]")).toBeVisible();
  await expect(shared.locator(".cm-content")).toContainText("shared with you");
  await expect(shared).toHaveAttribute("data-run-state", "idle");
  await expect(shared.locator("[role=log] .run-line")).toHaveCount(0);
  expect(await runAndWait(shared)).toEqual(["shared with you"]);
  await shared.getByRole("button", { name: "Back to the original" }).click();
  await expect(shared.locator(".cm-content")).toContainText("asking for a reply");
  await visitorContext.close();
});

test.describe("malformed share links leave the page usable", () => {
  for (const [what, query, message] of [
    ["damaged data", "#share=await-one~%%%not-base64", "damaged"],
    ["an unknown sample", "#share=no-such-sample~abc", "not on this page"],
    ["an oversized link", `#share=await-one~${"A".repeat(20_000)}`, "too long"],
  ] as const) {
    test(what, async ({ page }) => {
      await page.goto(`/en/using-asyncio/${query}`);
      await expect(page.locator("[data-share-banner=error]")).toContainText(message);
      const sample = page.locator('[data-sample="await-one"]');
      expect((await runAndWait(sample)).at(-1)).toMatch(/^done after/);
    });
  }
});

test("a share link leaves the visitor's own edits alone, on that sample and the others", async ({
  page,
  browser,
}) => {
  // Two browsers, five page loads and three editors: on a busy 2-core machine this took 45 s.
  test.slow();
  await page.goto("/en/using-asyncio/");
  const ownShared = page.locator('[data-sample="await-one"]');
  const ownOther = page.locator('[data-sample="two-tasks"]');
  await replaceCode(page, ownShared, 'console.log("my version of await-one");\n');
  await replaceCode(page, ownOther, 'console.log("my version of two-tasks");\n');
  // Edits survive navigating away through the chapter list and back.
  await page
    .getByRole("link", { name: /asyncio basics/ })
    .first()
    .click();
  await page
    .getByRole("link", { name: /Using asyncio/ })
    .first()
    .click();
  await expect(ownOther.locator(".cm-content")).toContainText("my version of two-tasks");

  // Someone else, with storage of their own, shares their code.
  const sharer = await browser.newContext();
  const sharerPage = await sharer.newPage();
  await useWorkerRuntime(sharerPage);
  await sharerPage.goto("/en/using-asyncio/");
  const theirs = sharerPage.locator('[data-sample="await-one"]');
  await replaceCode(sharerPage, theirs, 'console.log("their shared code");\n');
  await theirs.locator('[data-action="share"]').click();
  await expect(theirs.locator("[data-share-url]")).toHaveValue(/#share=await-one~/);
  const link = await theirs.locator("[data-share-url]").inputValue();
  await sharer.close();

  // From another address, so the link loads the page instead of only changing its fragment.
  await page.goto("/en/");
  await page.goto(link);
  await expect(ownShared.locator(".cm-content")).toContainText("their shared code");
  await expect(ownOther).toHaveAttribute("data-edited", "true");
  await expect(ownOther.locator(".cm-content")).toContainText("my version of two-tasks");
  await ownShared.getByRole("button", { name: "Back to your version" }).click();
  await expect(ownShared.locator(".cm-content")).toContainText("my version of await-one");
  await page.reload();
  await expect(ownShared.locator(".cm-content")).toContainText("my version of await-one");
});
