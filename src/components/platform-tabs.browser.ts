/**
 * The system tabs of "Run the Python yourself" (PlatformCommands.astro). Every group on the page
 * shows the same system, since a learner on Windows wants the Windows line at every step. The first
 * choice is a guess from the browser; a choice made is kept in the site's storage.
 */
import { browserStorage } from "../learner/browser-storage.ts";
import { storageKeys } from "../learner/storage-keys.ts";
import { platforms, type Platform } from "../lib/python-commands.ts";
import { enhanceTabGroup, type TabGroup } from "./tab-group.browser.ts";

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

function keep(platform: string): void {
  try {
    browserStorage().setItem(storageKeys.platform, platform);
  } catch {
    // Storage full: the choice holds for this page, which is all a tab needs.
  }
}

const groups: TabGroup[] = [];
const showEverywhere = (platform: string) => {
  for (const group of groups) group.select(platform);
};
for (const root of document.querySelectorAll<HTMLElement>("[data-platform-tabs]"))
  groups.push(
    enhanceTabGroup(root, (platform) => {
      showEverywhere(platform);
      keep(platform);
    }),
  );
showEverywhere(storedPlatform() ?? guessPlatform());
