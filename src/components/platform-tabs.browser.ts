/**
 * Turns each `[data-platform-tabs]` block into tabs (WAI-ARIA tabs pattern: arrow keys, Home and
 * End move between them). Every block on the page shows the same system: a learner on Windows
 * wants the Windows line at every step. The first choice is a guess from the browser; a choice
 * made is kept in the site's storage.
 */
import { browserStorage } from "../learner/browser-storage.ts";
import { storageKeys } from "../learner/storage-keys.ts";
import { platforms, type Platform } from "../lib/python-commands.ts";

const isPlatform = (value: string | null | undefined): value is Platform =>
  platforms.includes(value as Platform);

function guessPlatform(): Platform {
  const agent = navigator.userAgent;
  if (/Windows/i.test(agent)) return "windows";
  if (/Macintosh|Mac OS X/i.test(agent)) return "macos";
  return "debian";
}

function storedPlatform(): Platform | undefined {
  const stored = browserStorage().getItem(storageKeys.platform);
  return isPlatform(stored) ? stored : undefined;
}

function keep(platform: Platform): void {
  try {
    browserStorage().setItem(storageKeys.platform, platform);
  } catch {
    // Storage full: the choice holds for this page, which is all a tab needs.
  }
}

const blocks = [...document.querySelectorAll<HTMLElement>("[data-platform-tabs]")];

function show(platform: Platform): void {
  for (const block of blocks) {
    for (const tab of block.querySelectorAll<HTMLElement>('[role="tab"]')) {
      const chosen = tab.dataset["platform"] === platform;
      tab.setAttribute("aria-selected", String(chosen));
      tab.tabIndex = chosen ? 0 : -1;
    }
    for (const panel of block.querySelectorAll<HTMLElement>(".platform-panel"))
      panel.hidden = panel.dataset["platform"] !== platform;
  }
}

function nextTab(tabs: HTMLElement[], current: number, key: string): number | undefined {
  if (key === "ArrowRight") return (current + 1) % tabs.length;
  if (key === "ArrowLeft") return (current - 1 + tabs.length) % tabs.length;
  if (key === "Home") return 0;
  if (key === "End") return tabs.length - 1;
  return undefined;
}

for (const block of blocks) {
  block.classList.add("is-tabbed");
  const tablist = block.querySelector<HTMLElement>('[role="tablist"]');
  if (tablist === null) continue;
  tablist.hidden = false;
  for (const panel of block.querySelectorAll<HTMLElement>(".platform-panel"))
    panel.setAttribute("role", "tabpanel");
  const tabs = [...tablist.querySelectorAll<HTMLElement>('[role="tab"]')];
  tablist.addEventListener("click", (event) => {
    const platform = (event.target as HTMLElement).closest<HTMLElement>('[role="tab"]')?.dataset["platform"];
    if (!isPlatform(platform)) return;
    show(platform);
    keep(platform);
  });
  tablist.addEventListener("keydown", (event) => {
    const current = tabs.indexOf(event.target as HTMLElement);
    const next = current === -1 ? undefined : nextTab(tabs, current, event.key);
    const platform = next === undefined ? undefined : tabs[next]?.dataset["platform"];
    if (next === undefined || !isPlatform(platform)) return;
    event.preventDefault();
    show(platform);
    keep(platform);
    tabs[next]?.focus();
  });
}
show(storedPlatform() ?? guessPlatform());
