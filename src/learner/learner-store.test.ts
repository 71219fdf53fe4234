import { describe, expect, it } from "vitest";
import { createLearnerStore, type KeyValueStorage } from "./learner-store.ts";

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const brokenStorage: KeyValueStorage = {
  getItem: () => {
    throw new Error("SecurityError");
  },
  setItem: () => {
    throw new Error("QuotaExceededError");
  },
  removeItem: () => {
    throw new Error("SecurityError");
  },
};

describe("learner store", () => {
  it("keeps an edit, and forgets it when the code is back to the original", () => {
    const store = createLearnerStore(memoryStorage());
    expect(store.saveEdit("two-tasks", "edited", "original")).toBe(true);
    expect(store.loadEdit("two-tasks")).toBe("edited");
    store.saveEdit("two-tasks", "original", "original");
    expect(store.loadEdit("two-tasks")).toBeUndefined();
  });

  it("keeps a sample's Python edit apart from its TypeScript edit", () => {
    const store = createLearnerStore(memoryStorage());
    store.saveEdit("await-one", "my ts", "original ts");
    expect(store.saveEdit("await-one", "my py", "original py", "py")).toBe(true);
    expect(store.loadEdit("await-one", "py")).toBe("my py");
    expect(store.loadEdit("await-one")).toBe("my ts");
    expect(store.clearEdit("await-one", "py")).toBe(true);
    expect(store.loadEdit("await-one", "py")).toBeUndefined();
    expect(store.loadEdit("await-one")).toBe("my ts");
    store.saveEdit("await-one", "my py", "original py", "py");
    store.saveEdit("await-one", "original py", "original py", "py");
    expect(store.loadEdit("await-one", "py")).toBeUndefined();
  });

  it("keeps a draft apart from the edit, and forgets it alone", () => {
    const store = createLearnerStore(memoryStorage());
    store.saveEdit("await-one", "mine", "original");
    expect(store.saveDraft("await-one", "shared")).toBe(true);
    expect(store.loadDraft("await-one")).toBe("shared");
    expect(store.loadEdit("await-one")).toBe("mine");
    expect(store.clearDraft("await-one")).toBe(true);
    expect(store.loadDraft("await-one")).toBeUndefined();
    expect(store.loadEdit("await-one")).toBe("mine");
  });

  it("says when storage refuses a draft, and never throws", () => {
    const store = createLearnerStore(brokenStorage);
    expect(store.saveDraft("await-one", "shared")).toBe(false);
    expect(store.loadDraft("await-one")).toBeUndefined();
    expect(store.clearDraft("await-one")).toBe(false);
  });

  it("records runs and passes once each, and clears progress but not edits", () => {
    const store = createLearnerStore(memoryStorage());
    store.markRun("await-one");
    store.markRun("await-one");
    store.markPassed("five-at-once");
    store.saveEdit("await-one", "mine", "theirs");
    expect(store.progress()).toEqual({ ran: ["await-one"], passed: ["five-at-once"] });
    store.clearProgress();
    expect(store.progress()).toEqual({ ran: [], passed: [] });
    expect(store.loadEdit("await-one")).toBe("mine");
  });

  it("survives corrupt progress data", () => {
    const storage = memoryStorage();
    storage.data.set("async-tour:v1:progress", "{not json");
    expect(createLearnerStore(storage).progress()).toEqual({ ran: [], passed: [] });
    storage.data.set("async-tour:v1:progress", JSON.stringify({ ran: [1, "a"], passed: "x" }));
    expect(createLearnerStore(storage).progress()).toEqual({ ran: ["a"], passed: [] });
  });

  it("keeps the runtime choice and a failed boot's time, and forgets them", () => {
    const storage = memoryStorage();
    const store = createLearnerStore(storage);
    expect(store.runtimePreference()).toBe("auto");
    store.saveRuntimePreference("worker");
    expect(storage.data.get("async-tour:v1:runtime")).toBe("worker");
    expect(store.runtimePreference()).toBe("worker");
    store.saveRuntimePreference("auto");
    expect(store.runtimePreference()).toBe("auto");
    expect(storage.data.has("async-tour:v1:runtime")).toBe(false);
    expect(store.webContainerFailedAt()).toBeUndefined();
    store.rememberWebContainerFailure(1_700_000_000_000);
    expect(store.webContainerFailedAt()).toBe(1_700_000_000_000);
    store.forgetWebContainerFailure();
    expect(store.webContainerFailedAt()).toBeUndefined();
  });

  it("keeps the exercise language chosen, and reads anything else stored there as none", () => {
    const storage = memoryStorage();
    const store = createLearnerStore(storage);
    expect(store.exerciseLanguage()).toBeUndefined();
    expect(store.saveExerciseLanguage("py")).toBe(true);
    expect(storage.data.get("async-tour:v1:exercise-language")).toBe("py");
    expect(store.exerciseLanguage()).toBe("py");
    storage.data.set("async-tour:v1:exercise-language", "python");
    expect(store.exerciseLanguage()).toBeUndefined();
    expect(createLearnerStore(brokenStorage).exerciseLanguage()).toBeUndefined();
    expect(createLearnerStore(brokenStorage).saveExerciseLanguage("ts")).toBe(false);
  });

  it.each(["", "soon", "-5", "1e3"])("reads a damaged failure time %j as none", (saved) => {
    const storage = memoryStorage();
    storage.data.set("async-tour:v1:webcontainer-failed-at", saved);
    expect(createLearnerStore(storage).webContainerFailedAt()).toBeUndefined();
  });

  it("never throws when storage is blocked or full", () => {
    const store = createLearnerStore(brokenStorage);
    expect(store.saveEdit("a", "x", "y")).toBe(false);
    expect(store.loadEdit("a")).toBeUndefined();
    expect(store.markRun("a")).toBe(false);
    expect(store.progress()).toEqual({ ran: [], passed: [] });
    expect(store.clearProgress()).toBe(false);
    expect(store.runtimePreference()).toBe("auto");
    expect(store.saveRuntimePreference("worker")).toBe(false);
    expect(store.webContainerFailedAt()).toBeUndefined();
    expect(store.rememberWebContainerFailure(1)).toBe(false);
  });
});
