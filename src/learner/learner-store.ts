/**
 * What the learner keeps between visits, in the browser's storage (browser-storage.ts): edited code
 * per sample (TypeScript and Python apart), drafts opened from share links (kept apart from the edits), progress (samples run, exercises passed), the chosen runtime, system and exercise language, and when the
 * WebContainer last failed to boot. Storage can be full or blocked; then nothing is saved, nothing
 * throws, and the page goes on working. The key names are in storage-keys.ts.
 */
import { draftKey, editKey, storageKeys, type CodeLanguage } from "./storage-keys.ts";
import { isRuntimeKind, type RuntimePreference } from "../runner/runtimes.ts";
import { platforms, type Platform } from "../lib/python-commands.ts";

/** The part of the Web Storage API this module uses (a Map-backed fake works in tests). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** What the chapter list shows. */
export interface Progress {
  ran: string[];
  passed: string[];
}

const progressKey = storageKeys.progress;
const runtimeKey = storageKeys.runtime;
const failedBootKey = storageKeys.webContainerFailedAt;
const platformKey = storageKeys.platform;
const exerciseLanguageKey = storageKeys.exerciseLanguage;

function readProgress(storage: KeyValueStorage): Progress {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(progressKey) ?? "{}");
    const record = typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : {};
    const strings = (value: unknown) =>
      Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
    return { ran: strings(record["ran"]), passed: strings(record["passed"]) };
  } catch {
    return { ran: [], passed: [] };
  }
}

function attempt(action: () => void): boolean {
  try {
    action();
    return true;
  } catch {
    return false;
  }
}

/** Opens the store over `storage` (normally `browserStorage()`). */
export function createLearnerStore(storage: KeyValueStorage) {
  function addTo(list: keyof Progress, id: string): boolean {
    const progress = readProgress(storage);
    if (progress[list].includes(id)) return true;
    progress[list].push(id);
    return attempt(() => storage.setItem(progressKey, JSON.stringify(progress)));
  }

  return {
    /** The learner's edited code for a sample (its TypeScript unless `language` says), if any. */
    loadEdit(id: string, language: CodeLanguage = "ts"): string | undefined {
      try {
        return storage.getItem(editKey(id, language)) ?? undefined;
      } catch {
        return undefined;
      }
    },
    /** Keeps `code`, or forgets the edit when it equals the original. Returns false if storage refused. */
    saveEdit(id: string, code: string, original: string, language: CodeLanguage = "ts"): boolean {
      const key = editKey(id, language);
      return attempt(() => (code === original ? storage.removeItem(key) : storage.setItem(key, code)));
    },
    /** Forgets the edit of one sample (its TypeScript unless `language` says). */
    clearEdit(id: string, language: CodeLanguage = "ts"): boolean {
      return attempt(() => storage.removeItem(editKey(id, language)));
    },
    /** The draft of a sample (code opened from a share link), if one is kept. */
    loadDraft(id: string): string | undefined {
      try {
        return storage.getItem(draftKey(id)) ?? undefined;
      } catch {
        return undefined;
      }
    },
    /** Keeps `code` as the sample's draft, never touching its edit. Returns false if storage refused. */
    saveDraft(id: string, code: string): boolean {
      return attempt(() => storage.setItem(draftKey(id), code));
    },
    /** Forgets the draft of one sample. */
    clearDraft(id: string): boolean {
      return attempt(() => storage.removeItem(draftKey(id)));
    },
    /** Notes that a sample was run. */
    markRun(id: string): boolean {
      return addTo("ran", id);
    },
    /** Notes that an exercise's check passed. */
    markPassed(id: string): boolean {
      return addTo("passed", id);
    },
    /** Samples run and exercises passed so far. */
    progress(): Progress {
      return readProgress(storage);
    },
    /** The runtime the learner chose, or "auto" when they chose none. */
    runtimePreference(): RuntimePreference {
      try {
        const saved = storage.getItem(runtimeKey);
        return isRuntimeKind(saved) ? saved : "auto";
      } catch {
        return "auto";
      }
    },
    /** Keeps the learner's runtime choice; "auto" forgets it. */
    saveRuntimePreference(value: RuntimePreference): boolean {
      return attempt(() =>
        value === "auto" ? storage.removeItem(runtimeKey) : storage.setItem(runtimeKey, value),
      );
    },
    /** When (ms since the epoch) the WebContainer last failed to boot in this browser, if it did. */
    webContainerFailedAt(): number | undefined {
      try {
        const saved = storage.getItem(failedBootKey);
        return saved !== null && /^\d+$/.test(saved) ? Number(saved) : undefined;
      } catch {
        return undefined;
      }
    },
    /** Notes that the WebContainer failed to boot at `at` (ms since the epoch). */
    rememberWebContainerFailure(at: number): boolean {
      return attempt(() => storage.setItem(failedBootKey, String(at)));
    },
    /** Forgets a failed boot: the learner asked to try again, or a boot worked. */
    forgetWebContainerFailure(): boolean {
      return attempt(() => storage.removeItem(failedBootKey));
    },
    /** The system chosen on "Run the Python yourself", if one was. */
    platformChoice(): Platform | undefined {
      try {
        const saved = storage.getItem(platformKey);
        return platforms.find((platform) => platform === saved);
      } catch {
        return undefined;
      }
    },
    /** Keeps the system chosen on "Run the Python yourself". */
    savePlatformChoice(platform: Platform): boolean {
      return attempt(() => storage.setItem(platformKey, platform));
    },
    /** The language chosen for exercises that have a Python version, if one was. */
    exerciseLanguage(): CodeLanguage | undefined {
      try {
        const saved = storage.getItem(exerciseLanguageKey);
        return saved === "ts" || saved === "py" ? saved : undefined;
      } catch {
        return undefined;
      }
    },
    /** Keeps the language chosen for exercises that have a Python version. */
    saveExerciseLanguage(language: CodeLanguage): boolean {
      return attempt(() => storage.setItem(exerciseLanguageKey, language));
    },
    /** Forgets all progress (edits stay: they are the learner's own code). */
    clearProgress(): boolean {
      return attempt(() => storage.removeItem(progressKey));
    },
  };
}

/** The store's type. */
export type LearnerStore = ReturnType<typeof createLearnerStore>;
