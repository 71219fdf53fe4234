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

  it("never throws when storage is blocked or full", () => {
    const store = createLearnerStore(brokenStorage);
    expect(store.saveEdit("a", "x", "y")).toBe(false);
    expect(store.loadEdit("a")).toBeUndefined();
    expect(store.markRun("a")).toBe(false);
    expect(store.progress()).toEqual({ ran: [], passed: [] });
    expect(store.clearProgress()).toBe(false);
  });
});
