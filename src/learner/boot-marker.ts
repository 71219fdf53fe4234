/**
 * Marks a WebContainer boot as under way, in the tab's session storage, to break crash loops: a
 * browser short of memory kills the tab while the container boots, and the reloaded tab would boot
 * again and crash again. The mark is set before a boot begins and cleared when it ends or when the
 * page is left normally (`pagehide`), so only a tab that died while booting finds it on reload.
 * Session storage, not local: it belongs to this tab (a reload keeps it), so another tab's boot
 * under way is never taken for a crash.
 */
import type { KeyValueStorage } from "./learner-store.ts";
import { storageKeys } from "./storage-keys.ts";

const key = storageKeys.webContainerBootingSince;

/** The boot mark over `storage`; every method swallows storage errors, as the learner store does. */
export function createBootMarker(storage: KeyValueStorage) {
  return {
    /** When a boot began that has not ended (ms since the epoch), or undefined. */
    webContainerBootingSince(): number | undefined {
      try {
        const saved = storage.getItem(key);
        return saved !== null && /^\d+$/.test(saved) ? Number(saved) : undefined;
      } catch {
        return undefined;
      }
    },
    /** Notes, before a boot begins, that it is under way. */
    markWebContainerBooting(at: number): boolean {
      try {
        storage.setItem(key, String(at));
        return true;
      } catch {
        return false;
      }
    },
    /** The boot ended (booted or failed), or its page was left normally. */
    clearWebContainerBooting(): boolean {
      try {
        storage.removeItem(key);
        return true;
      } catch {
        return false;
      }
    },
  };
}
