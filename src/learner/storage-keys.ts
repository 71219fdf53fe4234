/**
 * Every key this site keeps in the browser's storage, in one list. The page's modules, the inline
 * before-paint script in PageLayout and the end-to-end specs all read the names from here, so a key
 * cannot drift between writer and reader. The names are a stored format: learners' saved edits and
 * settings live under them, so a name never changes (a new format gets a new version prefix).
 * Web-standard, with no imports, so Node specs can import it too.
 */

/** The prefix of every key of this site but the theme (which predates it). */
export const storageKeyPrefix = "async-tour:v1:";

/** The fixed keys, by what they hold. */
export const storageKeys = {
  /** `"light"` or `"dark"`, chosen with the theme switch. */
  theme: "theme",
  /** `"stacked"` or `"side-by-side"`: how Python and TypeScript sit in a sample. */
  sampleLayout: `${storageKeyPrefix}sample-layout`,
  /** JSON `{ ran: string[], passed: string[] }`: samples run and exercises passed. */
  progress: `${storageKeyPrefix}progress`,
  /** `"worker"` or `"webcontainer"` when the learner chose a runtime; absent for automatic. */
  runtime: `${storageKeyPrefix}runtime`,
  /** Milliseconds since the epoch of the last failed WebContainer boot in this browser. */
  webContainerFailedAt: `${storageKeyPrefix}webcontainer-failed-at`,
  /** Milliseconds since the epoch when a WebContainer boot began that has not ended yet. */
  webContainerBootingSince: `${storageKeyPrefix}webcontainer-booting-since`,
  /** `"debian"`, `"macos"` or `"windows"`: the system chosen on "Run the Python yourself". */
  platform: `${storageKeyPrefix}platform`,
  /** A learner's own watchdog limit for runs, in milliseconds (for a slow machine or a test). */
  timeLimitMs: `${storageKeyPrefix}time-limit-ms`,
  /** `"ts"` or `"py"`: the language the learner answers exercises in, where both are offered. */
  exerciseLanguage: `${storageKeyPrefix}exercise-language`,
} as const;

/** The languages a sample's code is edited in: its TypeScript, and its Python (run in the page). */
export type CodeLanguage = "ts" | "py";

/**
 * The key of the learner's edited code of one sample or exercise, in `language`. The TypeScript
 * keeps the key it always had; the Python has its own, so the two edits never meet.
 */
export function editKey(id: string, language: CodeLanguage = "ts"): string {
  return `${storageKeyPrefix}${language === "ts" ? "edit" : "edit-py"}:${id}`;
}

/**
 * The key of a draft of one sample: code opened from a share link, kept apart from the learner's
 * own edit until they choose which to keep.
 */
export function draftKey(id: string): string {
  return `${storageKeyPrefix}draft:${id}`;
}
