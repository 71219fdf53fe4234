/**
 * Which JavaScript a Run gets. Code as the sample ships runs as the build transpiled it, so a
 * first Run that edits nothing loads no transpiler; edited code (or a sample the build could not
 * transpile) loads sucrase, once, and is transpiled in the page.
 */
import { fromPrebuilt, parsePrebuilt } from "../../runner/transpile/prebuilt.ts";
import type { TranspileResult } from "../../runner/transpile/transpile.ts";

/** The JavaScript for `code` in the sample at `root`, whose unedited code is `original`. */
export async function javascriptFor(
  root: HTMLElement,
  code: string,
  original: string,
): Promise<TranspileResult> {
  const stored = root.querySelector("[data-prebuilt-run]")?.textContent;
  if (code === original && stored) return fromPrebuilt(parsePrebuilt(stored));
  const { transpile } = await import("../../runner/transpile/transpile.ts");
  return transpile(code);
}
