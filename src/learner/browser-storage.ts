/**
 * The one way into the browser's storage. `localStorage` can be missing or blocked (a sandboxed
 * frame, cookies blocked, some private modes): reading the property itself throws there. Then the
 * page gets an in-memory storage that behaves like Web Storage for as long as the page lives, so
 * edits, progress and settings still work on this page and nothing throws. Every caller shares the
 * same fallback, as they would share `localStorage`. The keys are in storage-keys.ts.
 */

/** The part of the Web Storage API the site uses; `localStorage` and {@link MemoryStorage} both fit. */
export type WebStorage = Pick<Storage, "length" | "key" | "getItem" | "setItem" | "removeItem" | "clear">;

/** Web Storage in memory: the same methods and answers as `localStorage`, kept for the page's life. */
export class MemoryStorage implements WebStorage {
  readonly #items = new Map<string, string>();

  /** How many items are stored. */
  get length(): number {
    return this.#items.size;
  }

  /** The name of the `index`th key (in the order they were first set), or null past the end. */
  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }

  /** The value under `key`, or null when there is none. */
  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }

  /** Stores `value` under `key`, replacing what was there. */
  setItem(key: string, value: string): void {
    this.#items.set(key, value);
  }

  /** Forgets `key`; forgetting a key that is not there does nothing. */
  removeItem(key: string): void {
    this.#items.delete(key);
  }

  /** Forgets every key. */
  clear(): void {
    this.#items.clear();
  }
}

let fallback: MemoryStorage | undefined;

/**
 * The page's storage: `localStorage` when the browser lets the page have it, else the page's one
 * {@link MemoryStorage}. `open` is how `localStorage` is reached; tests pass their own.
 *
 * @example
 * const runtime = browserStorage().getItem(storageKeys.runtime);
 */
export function browserStorage(
  open: () => WebStorage | null | undefined = () => globalThis.localStorage,
): WebStorage {
  try {
    // Some browsers give null rather than throwing when storage is disabled.
    const storage = open();
    if (storage) return storage;
  } catch {
    // Blocked: reading localStorage throws a SecurityError. The fallback below keeps the page working.
  }
  fallback ??= new MemoryStorage();
  return fallback;
}
