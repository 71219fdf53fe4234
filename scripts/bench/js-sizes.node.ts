/**
 * Gzipped sizes of the scripts a page fetched (and of pages), read from the built files in dist/ rather than from
 * the wire, so every engine is weighed with the same scale (and a cached file still counts: the
 * page needed it).
 */
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

/** Scripts and their total gzipped size. */
export interface JsWeight {
  gzipBytes: number;
  files: { path: string; gzipBytes: number }[];
}

const sizes = new Map<string, number>();

function gzipSizeOf(dist: URL, path: string): number {
  let size = sizes.get(path);
  if (size === undefined) {
    const file = new URL(`.${path}`, dist);
    size = existsSync(file) ? gzipSync(readFileSync(file)).length : 0;
    sizes.set(path, size);
  }
  return size;
}

/** Weighs the given script paths (duplicates counted once). */
export function weigh(dist: URL, paths: readonly string[]): JsWeight {
  const files = [...new Set(paths)].sort().map((path) => ({ path, gzipBytes: gzipSizeOf(dist, path) }));
  return { gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0), files };
}

/** The gzipped size of a built page (the preview server sends it raw; a real host compresses it). */
export function htmlGzipBytes(dist: URL, path: string): number {
  return gzipSync(readFileSync(new URL(`.${path}index.html`, dist))).length;
}

/**
 * The gzipped size of a built page's inline scripts (those with no `src`, JSON data left out),
 * which run before interaction as surely as fetched ones do.
 */
export function inlineScriptGzipBytes(dist: URL, path: string): number {
  const html = readFileSync(new URL(`.${path}index.html`, dist), "utf8");
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((match) => !/type="application\/(?:ld\+)?json"/.test(match[1] ?? ""))
    .map((match) => match[2] ?? "")
    .join("\n");
  return inline === "" ? 0 : gzipSync(inline).length;
}
