import { describe, expect, it } from "vitest";
import { browserStorage, MemoryStorage, type WebStorage } from "./browser-storage.ts";
import { createLearnerStore } from "./learner-store.ts";
import { editKey, storageKeyPrefix, storageKeys } from "./storage-keys.ts";

describe("MemoryStorage", () => {
  it("gets what was set, and null for what was not", () => {
    const storage = new MemoryStorage();
    expect(storage.getItem("a")).toBeNull();
    storage.setItem("a", "1");
    storage.setItem("a", "2");
    expect(storage.getItem("a")).toBe("2");
  });

  it("counts and names its keys in the order they were first set", () => {
    const storage = new MemoryStorage();
    storage.setItem("first", "1");
    storage.setItem("second", "2");
    storage.setItem("first", "3");
    expect(storage.length).toBe(2);
    expect([storage.key(0), storage.key(1), storage.key(2), storage.key(-1)]).toEqual([
      "first",
      "second",
      null,
      null,
    ]);
  });

  it("removes one key, ignores a missing one, and clears them all", () => {
    const storage = new MemoryStorage();
    storage.setItem("a", "1");
    storage.setItem("b", "2");
    storage.removeItem("a");
    storage.removeItem("never-set");
    expect(storage.getItem("a")).toBeNull();
    expect(storage.length).toBe(1);
    storage.clear();
    expect(storage.length).toBe(0);
    expect(storage.getItem("b")).toBeNull();
  });
});

describe("browserStorage", () => {
  it("gives localStorage when the browser allows it", () => {
    const local = new MemoryStorage();
    expect(browserStorage(() => local)).toBe(local);
  });

  it.each([
    [
      "throws",
      () => {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    ],
    ["is null", () => null],
  ])("falls back to one shared working memory storage when localStorage %s", (_, open) => {
    const storage = browserStorage(open);
    expect(storage).toBeInstanceOf(MemoryStorage);
    expect(browserStorage(open)).toBe(storage);
    storage.setItem(storageKeys.runtime, "worker");
    expect(browserStorage(open).getItem(storageKeys.runtime)).toBe("worker");
    storage.clear();
  });

  it("lets the learner store work over the fallback", () => {
    const storage: WebStorage = browserStorage(() => {
      throw new Error("blocked");
    });
    const store = createLearnerStore(storage);
    expect(store.saveEdit("two-tasks", "mine", "original")).toBe(true);
    expect(store.loadEdit("two-tasks")).toBe("mine");
    storage.clear();
  });
});

describe("storage keys", () => {
  // These names are a stored format: learners' edits and settings are kept under them.
  it("keep the names learners' browsers already hold", () => {
    expect(storageKeyPrefix).toBe("async-tour:v1:");
    expect(storageKeys).toEqual({
      theme: "theme",
      sampleLayout: "async-tour:v1:sample-layout",
      progress: "async-tour:v1:progress",
      runtime: "async-tour:v1:runtime",
      webContainerFailedAt: "async-tour:v1:webcontainer-failed-at",
      webContainerBootingSince: "async-tour:v1:webcontainer-booting-since",
      platform: "async-tour:v1:platform",
      timeLimitMs: "async-tour:v1:time-limit-ms",
      exerciseLanguage: "async-tour:v1:exercise-language",
    });
    expect(editKey("two-tasks")).toBe("async-tour:v1:edit:two-tasks");
    expect(editKey("two-tasks", "py")).toBe("async-tour:v1:edit-py:two-tasks");
  });
});
