/**
 * A sample's original TypeScript, transpiled when the site is built, by the same `transpile()` the
 * page runs for edited code. The first Run of code nobody edited then needs no transpiler in the
 * browser (sucrase is about 45 KB gzipped): the page ships the JavaScript and the source map's
 * `mappings`, and only the position map (a few hundred bytes) is rebuilt from them.
 */
import { createPositionMap } from "./position-map.ts";
import type { TranspileResult } from "./transpile.ts";

/** What the build stores for a sample: its JavaScript and the mappings back to its TypeScript. */
export interface PrebuiltRun {
  javascript: string;
  mappings: string;
}

/** The part of a successful transpile worth storing; nothing for code that does not transpile. */
export function toPrebuilt(result: TranspileResult): PrebuiltRun | undefined {
  return result.ok ? { javascript: result.javascript, mappings: result.mappings } : undefined;
}

/**
 * Reads a stored run back from its JSON.
 *
 * @example
 * fromPrebuilt(parsePrebuilt('{"javascript":"console.log(1);","mappings":"AAAA"}'));
 */
export function parsePrebuilt(json: string): PrebuiltRun {
  const value: unknown = JSON.parse(json);
  if (
    typeof value !== "object" ||
    value === null ||
    typeof (value as { javascript?: unknown }).javascript !== "string" ||
    typeof (value as { mappings?: unknown }).mappings !== "string"
  )
    throw new TypeError("Expected a prebuilt run as JSON with string `javascript` and `mappings`.");
  return value as PrebuiltRun;
}

/** The stored run as a transpile result, ready for a runtime. */
export function fromPrebuilt(prebuilt: PrebuiltRun): Extract<TranspileResult, { ok: true }> {
  return { ok: true, ...prebuilt, toTypeScript: createPositionMap(prebuilt.mappings) };
}
