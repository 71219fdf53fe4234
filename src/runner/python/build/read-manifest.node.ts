/**
 * The Python manifest the build wrote (build/python-bundle.node.ts), read when the pages render,
 * so each sample can say which Python and aiohttp run in the page, or why none does.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { PythonManifest } from "../python-files.ts";

// From the project's root: the pages render from a bundled copy of this module elsewhere.
const manifestPath = join(process.cwd(), "public", "python", "manifest.json");

/** The manifest, or an unavailable one naming the step that was skipped. */
export function readPythonManifest(): PythonManifest {
  try {
    return JSON.parse(readFileSync(manifestPath, "utf8")) as PythonManifest;
  } catch {
    return { available: false, reason: "the build did not prepare it (run `npm run build:runtime`)." };
  }
}
