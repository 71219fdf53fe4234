/**
 * How a sample's static code block looks on screen, measured in the page. One function for both
 * engines' layout tests: Playwright (`evaluateAll`) and puppeteer (`$$eval`) each send its source
 * to the page, so it must stay self-contained, with no imports or outer names.
 */

/** One code block's shape: lines in its source and on screen, columns shown, and its scroll cue. */
export interface CodeBlockShape {
  /** The first characters of its code, to name it in a failure. */
  start: string;
  sourceLines: number;
  /** Lines drawn (content height over line height): equal to `sourceLines` when nothing wraps. */
  renderedLines: number;
  /** How many characters of the code's own font fit across it. */
  columns: number;
  /** Whether a line is wider than the box, so the box scrolls sideways. */
  overflows: boolean;
  /** The box's background images and their attachment, which draw the scroll cue. */
  cue: string;
  /** The line numbers its gutter shows. */
  numbers: number[];
}

/**
 * Measures each `pre` of `pres`. With `bringIntoView`, each is scrolled to first: a sample far off
 * screen is not laid out (content-visibility: auto), which Firefox honours for measuring too.
 */
export function measureCodeBlocks(pres: Element[], bringIntoView = false): CodeBlockShape[] {
  return pres.map((pre) => {
    if (bringIntoView) pre.scrollIntoView({ block: "center" });
    const style = getComputedStyle(pre);
    const code = pre.querySelector("code") ?? pre;
    const text = code.textContent;
    const content =
      pre.clientHeight - Number.parseFloat(style.paddingTop) - Number.parseFloat(style.paddingBottom);
    // The width of one character of the code's own font, measured in place.
    const probe = document.createElement("span");
    probe.textContent = "0".repeat(100);
    code.append(probe);
    const charWidth = probe.getBoundingClientRect().width / 100;
    probe.remove();
    const inner =
      pre.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
    const gutter = pre.parentElement?.querySelector(".code-gutter")?.textContent ?? "";
    return {
      start: text.slice(0, 30),
      sourceLines: text.replace(/\n$/, "").split("\n").length,
      renderedLines: content / Number.parseFloat(style.lineHeight),
      columns: inner / charWidth,
      overflows: pre.scrollWidth > pre.clientWidth,
      cue: `${style.backgroundImage} | ${style.backgroundAttachment}`,
      numbers: gutter.split("\n").map(Number),
    };
  });
}
