import { describe, expect, it } from "vitest";
import { MemoryStorage } from "./browser-storage.ts";
import { createBootMarker } from "./boot-marker.ts";
import { storageKeys } from "./storage-keys.ts";

describe("the boot marker", () => {
  it("is set before a boot and cleared after it", () => {
    const storage = new MemoryStorage();
    const marker = createBootMarker(storage);
    expect(marker.webContainerBootingSince()).toBeUndefined();
    expect(marker.markWebContainerBooting(1_800_000_000_000)).toBe(true);
    expect(storage.getItem(storageKeys.webContainerBootingSince)).toBe("1800000000000");
    expect(marker.webContainerBootingSince()).toBe(1_800_000_000_000);
    expect(marker.clearWebContainerBooting()).toBe(true);
    expect(marker.webContainerBootingSince()).toBeUndefined();
  });

  it("reads a damaged mark as none, and survives storage that throws", () => {
    const storage = new MemoryStorage();
    storage.setItem(storageKeys.webContainerBootingSince, "soon");
    expect(createBootMarker(storage).webContainerBootingSince()).toBeUndefined();
    const blocked = {
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
    const marker = createBootMarker(blocked);
    expect(marker.webContainerBootingSince()).toBeUndefined();
    expect(marker.markWebContainerBooting(1)).toBe(false);
    expect(marker.clearWebContainerBooting()).toBe(false);
  });
});
