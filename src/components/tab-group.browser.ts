/**
 * Tabs over panels (WAI-ARIA tabs pattern: arrow keys, Home and End move between tabs, and the
 * chosen tab is the one Tab stops at). The markup works without script: the tab list is hidden and
 * every panel shows under its own name (`.tab-name`); with script, the list shows and only the
 * chosen panel does. Markup: a root holding `[role=tablist]` with `[role=tab][data-tab=key]`, and
 * `[data-tab-panel=key]` panels.
 */

/** A group made into tabs. */
export interface TabGroup {
  /** Shows the panel of `key`; an unknown key changes nothing. */
  select(key: string): void;
  readonly keys: readonly string[];
}

function moveTo(count: number, current: number, key: string): number | undefined {
  if (key === "ArrowRight") return (current + 1) % count;
  if (key === "ArrowLeft") return (current - 1 + count) % count;
  if (key === "Home") return 0;
  if (key === "End") return count - 1;
  return undefined;
}

/**
 * Makes `root` a tab group; `onChoose` hears each choice the learner makes (not `select` calls).
 *
 * @example
 * const group = enhanceTabGroup(figure, (key) => remember(key));
 * group.select("python");
 */
export function enhanceTabGroup(
  root: HTMLElement,
  onChoose: (key: string) => void = () => undefined,
): TabGroup {
  const tabs = [...root.querySelectorAll<HTMLElement>('[role="tab"][data-tab]')];
  const panels = [...root.querySelectorAll<HTMLElement>("[data-tab-panel]")];
  const keys = tabs.map((tab) => tab.dataset["tab"] ?? "");
  const select = (key: string) => {
    if (!keys.includes(key)) return;
    for (const tab of tabs) {
      const chosen = tab.dataset["tab"] === key;
      tab.setAttribute("aria-selected", String(chosen));
      tab.tabIndex = chosen ? 0 : -1;
    }
    for (const panel of panels) panel.hidden = panel.dataset["tabPanel"] !== key;
  };
  const choose = (key: string) => {
    select(key);
    onChoose(key);
  };
  root.classList.add("is-tabbed");
  for (const panel of panels) panel.setAttribute("role", "tabpanel");
  const list = root.querySelector<HTMLElement>('[role="tablist"]');
  if (list !== null) list.hidden = false;
  for (const tab of tabs) {
    tab.addEventListener("click", () => choose(tab.dataset["tab"] ?? ""));
    tab.addEventListener("keydown", (event) => {
      const next = moveTo(tabs.length, tabs.indexOf(tab), event.key);
      if (next === undefined) return;
      event.preventDefault();
      choose(keys[next] ?? "");
      tabs[next]?.focus();
    });
  }
  select(tabs.find((tab) => tab.getAttribute("aria-selected") === "true")?.dataset["tab"] ?? keys[0] ?? "");
  return { select, keys };
}
