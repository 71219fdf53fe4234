/**
 * Highlighted code kept between builds. Highlighting the samples is most of a build's time (Shiki's
 * regular expressions, two themes, every sample in both languages on every page that shows it), and
 * the same code highlights to the same HTML every time; so each result is kept in a file named by
 * a hash of everything that decides it, and a later build, or a later page of the same build,
 * reads it back instead. A fresh clone has no such files and simply highlights.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ShikiTransformer, ThemeRegistration } from "shiki";

/** What one highlighted block is made from, as the page asks for it. */
export interface HighlightInput {
  /** The code, exactly as it goes to the highlighter. */
  code: string;
  /** Shiki's language id (`"python"`, `"ts"`, ...). */
  lang: string;
  /** Shiki's dual themes, keyed as `<Code themes>` takes them. */
  themes: Readonly<Record<string, ThemeRegistration>>;
  /** The transformers, in order; each is known by its `name` (their code is in `salt`). */
  transformers: readonly ShikiTransformer[];
}

/** Where entries live, what else decides the output, and how to highlight on a miss. */
export interface HighlightCacheOptions {
  /** The folder for the entries; made on first write. */
  folder: string;
  /**
   * Whatever else changes the HTML and is not in the input: the highlighter's versions and the
   * transformers' source. A different salt is a different key, so it never reads a stale entry.
   */
  salt: string;
  /** Highlights on a miss. */
  highlight: (input: HighlightInput) => Promise<string>;
  /** Told when an entry cannot be written; the build goes on (the entry is only a saving). */
  onWriteError?: (error: unknown) => void;
}

/** One entry's file: its key and a digest of its HTML, so that a damaged file reads as a miss. */
interface Entry {
  key: string;
  digest: string;
  html: string;
}

const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");

// A theme is a large object and the same few are passed on every call: hashed once each.
const themeDigests = new WeakMap<object, string>();
function themeDigest(theme: ThemeRegistration): string {
  let digest = themeDigests.get(theme);
  if (digest === undefined) {
    digest = sha256(JSON.stringify(theme));
    themeDigests.set(theme, digest);
  }
  return digest;
}

/**
 * The entry's key: a hash of the code, the language, each theme's content under its name, the
 * transformers' names in order, and the salt.
 *
 * @example
 * highlightKey({ code: "x = 1\n", lang: "python", themes, transformers }, "shiki 4.6.0"); // "3f9c…"
 */
export function highlightKey(input: HighlightInput, salt: string): string {
  const themes = Object.entries(input.themes)
    .map(([name, theme]) => [name, themeDigest(theme)])
    .sort(([a = ""], [b = ""]) => a.localeCompare(b));
  const transformers = input.transformers.map((transformer) => transformer.name ?? "(unnamed)");
  return sha256(JSON.stringify([input.code, input.lang, themes, transformers, salt]));
}

function readEntry(file: string, key: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  try {
    const entry = JSON.parse(text) as Partial<Entry>;
    const sound = entry.key === key && typeof entry.html === "string" && entry.digest === sha256(entry.html);
    return sound ? entry.html : undefined;
  } catch {
    return undefined;
  }
}

/** Written beside the entry, then renamed over it: a reader sees the whole file or none. */
function writeEntry(folder: string, file: string, entry: Entry): void {
  mkdirSync(folder, { recursive: true });
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    writeFileSync(temporary, JSON.stringify(entry));
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * A highlighter that reads each result from `folder` when it can and highlights (and writes the
 * entry) when it cannot: no entry, or one that is damaged. Within one run each key is highlighted
 * at most once, even when pages ask for it at the same time.
 *
 * @example
 * const highlight = createHighlightCache({ folder, salt, highlight: astroCodeHtml });
 * const html = await highlight({ code, lang: "python", themes, transformers });
 */
export function createHighlightCache(
  options: HighlightCacheOptions,
): (input: HighlightInput) => Promise<string> {
  const { folder, salt, highlight, onWriteError } = options;
  if (typeof folder !== "string" || folder === "")
    throw new TypeError("Expected `folder` to be the path of the cache's folder.");
  const inFlight = new Map<string, Promise<string>>();
  return (input) => {
    const key = highlightKey(input, salt);
    let html = inFlight.get(key);
    if (html === undefined) {
      const file = join(folder, `${key}.json`);
      const cached = readEntry(file, key);
      html =
        cached !== undefined
          ? Promise.resolve(cached)
          : highlight(input).then((fresh) => {
              try {
                writeEntry(folder, file, { key, digest: sha256(fresh), html: fresh });
              } catch (error) {
                onWriteError?.(error);
              }
              return fresh;
            });
      inFlight.set(key, html);
      // A failed highlight is not kept: the next page asks again and sees the error itself.
      html.catch(() => inFlight.delete(key));
    }
    return html;
  };
}
