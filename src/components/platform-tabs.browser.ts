/**
 * The system tabs of "Run the Python yourself" (PlatformCommands.astro). Every group on the page
 * shows the same system, since a learner on Windows wants the Windows line at every step. The first
 * choice is a guess from the browser; a choice made is kept in the site's storage.
 */
import { browserStorage } from "../learner/browser-storage.ts";
import { createLearnerStore } from "../learner/learner-store.ts";
import { platforms, type Platform } from "../lib/python-commands.ts";
import { enhanceTabGroup, type TabGroup } from "./tab-group.browser.ts";

const store = createLearnerStore(browserStorage());
const isPlatform = (value: string): value is Platform => platforms.includes(value as Platform);

function guessPlatform(): Platform {
  const agent = navigator.userAgent;
  if (/Windows/i.test(agent)) return "windows";
  if (/Macintosh|Mac OS X/i.test(agent)) return "macos";
  return "debian";
}

const groups: TabGroup[] = [];
const showEverywhere = (platform: string) => {
  for (const group of groups) group.select(platform);
};
for (const root of document.querySelectorAll<HTMLElement>("[data-platform-tabs]"))
  groups.push(
    enhanceTabGroup(root, (platform) => {
      showEverywhere(platform);
      // Storage full or blocked: the choice still holds for this page.
      if (isPlatform(platform)) store.savePlatformChoice(platform);
    }),
  );
showEverywhere(store.platformChoice() ?? guessPlatform());
