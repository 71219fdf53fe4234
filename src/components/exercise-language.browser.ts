/**
 * The language tabs of exercises with a Python version (ExerciseLanguageTabs.astro). Every such
 * exercise on the page shows the same language, since a learner answering in Python wants the
 * Python version of each; the choice made is kept in the site's storage for later visits. The
 * exercise's id names no language: either version's passed check solves it.
 */
import { browserStorage } from "../learner/browser-storage.ts";
import { createLearnerStore } from "../learner/learner-store.ts";
import type { CodeLanguage } from "../learner/storage-keys.ts";
import { enhanceTabGroup, type TabGroup } from "./tab-group.browser.ts";

const store = createLearnerStore(browserStorage());
const isLanguage = (value: string): value is CodeLanguage => value === "ts" || value === "py";

const groups: TabGroup[] = [];
const showEverywhere = (language: string) => {
  for (const group of groups) group.select(language);
};
for (const root of document.querySelectorAll<HTMLElement>("[data-exercise][data-check-python]"))
  groups.push(
    enhanceTabGroup(root, (language) => {
      showEverywhere(language);
      // Storage full or blocked: the choice still holds for this page.
      if (isLanguage(language)) store.saveExerciseLanguage(language);
    }),
  );
showEverywhere(store.exerciseLanguage() ?? "ts");
