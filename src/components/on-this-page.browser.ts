/**
 * Marks, in the chapter's map, the section being read: the last section whose heading has passed
 * the top of the view (under the sticky header). An IntersectionObserver tells when a heading
 * crosses that line, so nothing runs while the reader scrolls within a section. On a phone the
 * map is a folded menu, and choosing a section folds it again.
 */

/** Wires the map at `map` (an element holding `a[data-section]` links). */
export function watchSections(map: HTMLElement): void {
  const links = [...map.querySelectorAll<HTMLAnchorElement>("a[data-section]")];
  const headings = links
    .map((link) => document.getElementById(link.dataset["section"] ?? ""))
    .filter((heading) => heading !== null);
  // Folding to fit the screen is done before first paint, by the map's inline script.
  const menu = map.querySelector("details");
  const narrow = matchMedia("(max-width: 74.99rem)");
  map.addEventListener("click", (event) => {
    if ((event.target as Element).closest("a") !== null && narrow.matches && menu !== null) menu.open = false;
  });

  const headerHeight = () => document.querySelector(".site-header")?.getBoundingClientRect().height ?? 0;
  // A jump to a section leaves its heading the page's scroll padding below the top: that heading
  // has been reached, so the line sits a little lower.
  const scrollPadding = () =>
    Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
  const mark = () => {
    const line = Math.max(headerHeight(), scrollPadding()) + 8;
    let current: Element | undefined;
    for (const heading of headings) if (heading.getBoundingClientRect().top <= line) current = heading;
    current ??= headings[0];
    for (const link of links) {
      if (link.dataset["section"] === current?.id) link.setAttribute("aria-current", "location");
      else link.removeAttribute("aria-current");
    }
  };
  // A heading entering or leaving the band at the top of the view is when the section changes; the
  // observer's first report, for every heading, marks the first section.
  const watch = () => {
    const observer = new IntersectionObserver(mark, {
      rootMargin: `-${Math.round(headerHeight())}px 0px -60% 0px`,
    });
    for (const heading of headings) observer.observe(heading);
  };
  // Measured once the page is laid out, in the header's first resize report: this module runs as
  // parsing ends, and measuring then forced a layout of the whole page in a long task (issue 22).
  const header = document.querySelector(".site-header");
  if (header === null) return watch();
  const laidOut = new ResizeObserver(() => {
    laidOut.disconnect();
    watch();
  });
  laidOut.observe(header);
}
