/**
 * TypeScript to JavaScript for learner code, with sucrase: small, fast, and it keeps every line
 * where it was; its source map gives back the columns that stripping types shifted, so error
 * positions and stack lines point at the learner's own TypeScript.
 */
import { transform } from "sucrase";
import { createPositionMap, type PositionMap } from "./position-map.ts";

/** The result of a transpile: code to run, or a syntax error located in the TypeScript. */
export type TranspileResult =
  | {
      ok: true;
      javascript: string;
      toTypeScript: PositionMap;
      /** The source map's `mappings`, which `toTypeScript` reads; kept so a build can store it. */
      mappings: string;
    }
  | { ok: false; message: string; line: number; column: number };

interface SucraseError {
  message: string;
  loc?: { line: number; column: number };
}

/** Strips types; reports a syntax error with its line and column instead of throwing. */
export function transpile(typescript: string): TranspileResult {
  try {
    const { code, sourceMap } = transform(typescript, {
      transforms: ["typescript"],
      disableESTransforms: true,
      filePath: "main.ts",
      sourceMapOptions: { compiledFilename: "main.js" },
    });
    const mappings = sourceMap?.mappings ?? "";
    return { ok: true, javascript: code, toTypeScript: createPositionMap(mappings), mappings };
  } catch (error) {
    const { message, loc } = error as SucraseError;
    const line = loc?.line ?? 1;
    const column = loc?.column ?? 1;
    // Sucrase ends its message with "(line:column)"; we show the position our own way.
    const reason = message.replace(/\s*\(\d+:\d+\)\s*$/, "");
    return { ok: false, message: `SyntaxError: ${reason} (main.ts:${line}:${column})`, line, column };
  }
}
