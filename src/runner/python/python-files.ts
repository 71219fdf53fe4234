/**
 * Where the page finds Python, in one place: the build (build/python-bundle.node.ts) writes a
 * manifest beside Pyodide's versioned files and the site-packages zip, and the page reads it the
 * moment a learner reaches for Run Python.
 */

/** Fetched without caching: it names the versioned, immutable files. */
export const pythonManifestUrl = "/python/manifest.json";

/** The Pyodide files the page hands to the worker (the sandbox cannot fetch from the site). */
export const pyodideFileNames = [
  "pyodide.mjs",
  "pyodide.asm.mjs",
  "pyodide.asm.wasm",
  "python_stdlib.zip",
  "pyodide-lock.json",
] as const;

/** One of those files. */
export type PyodideFileName = (typeof pyodideFileNames)[number];

/** A file the page downloads, with its size for the progress line. */
export interface ServedFile {
  url: string;
  bytes: number;
}

/** What the build wrote: Python is either there, with its versions and files, or not, with why. */
export type PythonManifest =
  | {
      available: true;
      /** The npm `pyodide` version, pinned exactly. */
      pyodide: string;
      /** CPython's version inside that Pyodide. */
      python: string;
      /** The aiohttp the build found and bundled. */
      aiohttp: string;
      files: Record<PyodideFileName, ServedFile>;
      sitePackages: ServedFile;
    }
  | { available: false; reason: string };

/** The total download, for "Preparing Python: 6 of 14 MB". */
export function manifestBytes(manifest: Extract<PythonManifest, { available: true }>): number {
  return Object.values(manifest.files).reduce((sum, file) => sum + file.bytes, manifest.sitePackages.bytes);
}
