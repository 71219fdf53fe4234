/**
 * The designed sample card (issue 10, item 5): header bars with the actions, one code surface and
 * font before and after the editor opens, side by side on very wide screens with a remembered
 * switch, a reading measure for prose, one button row, a hang indent in the sidebar, and
 * the cheat sheet's tables stacked on a phone, no word cut or broken.
 */
import { expect, test, type Locator } from "@playwright/test";
import { localeCodes } from "../../src/i18n/locales.ts";
import { layOutOffScreenBlocks, openIn, shoot, themes } from "./design-helpers.ts";

const chapter = "/en/using-asyncio/";

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (found === null) throw new Error("element has no box");
  return found;
}

test("the TypeScript panel's header bar holds its label and every action", async ({ page }) => {
  await openIn(page, chapter, "light", 1280);
  const bar = page.locator('[data-sample="await-one"] [data-panel="ts"] .panel-bar');
  await expect(bar).toContainText("TypeScript");
  for (const name of ["Run", "Stop", "Reset", "Copy", "Share my code"])
    await expect(bar.getByRole("button", { name, exact: true })).toBeVisible();
  const code = await box(page.locator('[data-sample="await-one"] [data-editor=ts]'));
  expect((await box(bar)).y).toBeLessThan(code.y);
});

for (const theme of themes) {
  test(`${theme}: code keeps its surface, font and size when the editor opens`, async ({ page }) => {
    await openIn(page, chapter, theme, 1280);
    const sample = page.locator('[data-sample="await-one"]');
    const look = (selector: string) =>
      sample
        .locator(selector)
        .first()
        .evaluate((element) => {
          const style = getComputedStyle(element);
          return { size: style.fontSize, family: style.fontFamily, lineHeight: style.lineHeight };
        });
    const surface = (selector: string) =>
      sample
        .locator(selector)
        .first()
        .evaluate((element) => getComputedStyle(element).backgroundColor);
    // Where the first character of code sits in the card: it must not move when the editor opens.
    const firstCharacter = (selector: string) =>
      sample.evaluate((root, within) => {
        const host = root.querySelector(within);
        if (host === null) throw new Error(`No ${within} in the sample.`);
        const walker = document.createTreeWalker(host, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          const offset = (node.textContent ?? "").search(/\S/);
          if (offset < 0) continue;
          const range = document.createRange();
          range.setStart(node, offset);
          range.setEnd(node, offset + 1);
          const [char, card] = [range.getBoundingClientRect(), root.getBoundingClientRect()];
          return { x: Math.round(char.x - card.x), y: Math.round(char.y - card.y) };
        }
        throw new Error(`${within} has no text.`);
      }, selector);
    const staticPlace = await firstCharacter('[data-panel="ts"] pre code');
    const staticLook = await look('[data-panel="ts"] pre code');
    const staticSurface = await surface('[data-panel="ts"] pre');
    const pythonSurface = await surface('[data-panel="python"] pre');
    const cardSurface = await surface(":scope");
    expect(staticSurface).toBe(pythonSurface);
    // The code stands out from the card around it, in both themes.
    expect(staticSurface).not.toBe(cardSurface);

    await sample.locator("[data-editor=ts]").focus();
    // The editor's code loads on this first focus; a busy machine needs more than 5 s.
    await expect(sample.locator(".cm-content")).toBeVisible({ timeout: 20_000 });
    expect(await look(".cm-content")).toEqual(staticLook);
    expect(await firstCharacter(".cm-content")).toEqual(staticPlace);
    expect(await surface(".cm-editor")).toBe(staticSurface);
    expect(staticLook.size).toBe("14px");
  });
}

test("very wide screens show the two languages side by side, with a remembered switch to stack them", async ({
  page,
}) => {
  // Side by side needs two panels of 72 columns each: a 1920 px screen has room, 1280 px does not
  // (code-shape.spec.ts checks that chapter 4 is stacked there).
  await openIn(page, chapter, "light", 1920);
  const sample = page.locator('[data-sample="two-tasks"]');
  const python = sample.locator('[data-panel="python"]');
  const typescript = sample.locator('[data-panel="ts"]');
  const sideBySide = sample.getByRole("button", { name: "Side by side" });
  await expect(sideBySide).toHaveAttribute("aria-pressed", "true");
  expect((await box(typescript)).x).toBeGreaterThan((await box(python)).x + 100);
  // Both code blocks start at the same height, though only one bar holds the actions.
  const codeTop = async (panel: Locator) => (await box(panel.locator("pre").first())).y;
  expect(Math.abs((await codeTop(python)) - (await codeTop(typescript)))).toBeLessThan(2);
  // Each shows at least 72 columns of code.
  const columns = await typescript.locator("pre").evaluate((pre) => {
    const code = pre.querySelector("code") ?? pre;
    const probe = document.createElement("span");
    probe.textContent = "0".repeat(100);
    code.append(probe);
    const charWidth = probe.getBoundingClientRect().width / 100;
    probe.remove();
    const style = getComputedStyle(pre);
    return (
      (pre.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight)) /
      charWidth
    );
  });
  expect(columns).toBeGreaterThanOrEqual(72);
  await shoot(page, "card-side-by-side-1920-light");

  await sideBySide.click();
  await expect(sideBySide).toHaveAttribute("aria-pressed", "false");
  await expect(sideBySide).toBeInViewport();
  const pythonBox = await box(python);
  expect((await box(typescript)).y).toBeGreaterThanOrEqual(pythonBox.y + pythonBox.height);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-sample-layout", "stacked");
  await expect(sample.getByRole("button", { name: "Side by side" })).toHaveAttribute("aria-pressed", "false");
  const stackedPython = await box(python);
  expect((await box(typescript)).y).toBeGreaterThanOrEqual(stackedPython.y + stackedPython.height);
});

test("prose keeps a reading measure while samples use the full width", async ({ page }) => {
  await openIn(page, chapter, "light", 1280);
  // A paragraph's stand-in height would count as lines.
  await layOutOffScreenBlocks(page);
  const perLine = await page.locator(".lesson > p").evaluateAll((paragraphs) =>
    paragraphs.flatMap((paragraph) => {
      const lineHeight = Number.parseFloat(getComputedStyle(paragraph).lineHeight);
      const lines = Math.round(paragraph.getBoundingClientRect().height / lineHeight);
      // Only paragraphs of several lines, counting the short last line as half a line.
      return lines >= 4 ? [paragraph.textContent.length / (lines - 0.5)] : [];
    }),
  );
  expect(perLine.length).toBeGreaterThan(2);
  const average = perLine.reduce((sum, value) => sum + value, 0) / perLine.length;
  expect(average).toBeGreaterThan(62);
  expect(average).toBeLessThan(86);
  const prose = await box(page.locator(".lesson > p").first());
  const sample = await box(page.locator(".sample").first());
  // The sample fills the text column (beside it, on the right, is the chapter's map).
  const column = await page
    .locator("main")
    .evaluate((main) => main.clientWidth - Number.parseFloat(getComputedStyle(main).paddingLeft) * 2);
  expect(sample.width).toBeGreaterThanOrEqual(column - 1);
  expect(sample.width).toBeGreaterThan(prose.width * 1.2);
});

test("Run and Stop are laid out alike", async ({ page }) => {
  await openIn(page, chapter, "light", 1280);
  const toolbar = page.locator('[data-sample="await-one"] .run-toolbar');
  const gap = (name: string) =>
    toolbar.getByRole("button", { name, exact: true }).evaluate((button) => {
      // The icon is the button's ::before (card.css), first in its row: it ends its width after
      // the content box's left edge. The word is the button's text.
      const box = getComputedStyle(button);
      const iconWidth = Number.parseFloat(getComputedStyle(button, "::before").width);
      const iconRight =
        button.getBoundingClientRect().left +
        Number.parseFloat(box.borderLeftWidth) +
        Number.parseFloat(box.paddingLeft) +
        iconWidth;
      const range = document.createRange();
      range.selectNodeContents(button);
      const word = [...range.getClientRects()].find((rect) => rect.width > 0);
      return iconWidth > 0 && word ? Math.round(word.left - iconRight) : -1;
    });
  const runGap = await gap("Run");
  expect(runGap).toBeGreaterThan(2);
  expect(await gap("Stop")).toBe(runGap);
  const heights = await toolbar
    .getByRole("button")
    .evaluateAll((buttons) => new Set(buttons.map((button) => button.getBoundingClientRect().height)).size);
  expect(heights).toBe(1);
});

test("a wrapped chapter title in the sidebar hangs under its first word", async ({ page }) => {
  await openIn(page, chapter, "light", 1280);
  const lefts = await page.locator(".sidebar .chapter-name").evaluateAll((names) =>
    names.map((name) => {
      const range = document.createRange();
      range.selectNodeContents(name);
      const rects = [...range.getClientRects()];
      return {
        lines: new Set(rects.map((rect) => Math.round(rect.top))).size,
        lefts: rects.map((r) => r.left),
      };
    }),
  );
  const wrapped = lefts.filter((name) => name.lines > 1);
  expect(wrapped.length).toBeGreaterThan(0);
  for (const name of wrapped) expect(Math.max(...name.lefts) - Math.min(...name.lefts)).toBeLessThan(1);
});

for (const lang of localeCodes) {
  test(`${lang}: on a phone the cheat sheet's tables stack, with no word cut or broken`, async ({ page }) => {
    await openIn(page, `/${lang}/cheat-sheet/`, "light", 390, 844);
    // Each cell's text in pieces a line may not split: runs of Latin letters, digits and
    // punctuation (code included); Chinese may break between any two characters, and a
    // compound may break after its hyphen.
    const report = await page.locator(".table-scroll").evaluateAll((boxes) => {
      const broken: string[] = [];
      const unlabelled: string[] = [];
      for (const box of boxes) {
        if (box.scrollWidth > box.clientWidth) broken.push(`box cut: ${box.textContent.slice(0, 40)}`);
        for (const cell of box.querySelectorAll("td")) {
          if (getComputedStyle(cell, "::before").content.length <= 2) unlabelled.push(cell.textContent);
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
            for (const word of (node.textContent ?? "").matchAll(/[^\s\-\u2e80-\uffff]+/g)) {
              const range = document.createRange();
              range.setStart(node, word.index);
              range.setEnd(node, word.index + word[0].length);
              const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
              if (tops.size > 1) broken.push(word[0]);
            }
          }
        }
      }
      return { broken, unlabelled };
    });
    expect(report).toEqual({ broken: [], unlabelled: [] });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
