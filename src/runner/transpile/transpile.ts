/**
 * TypeScript to JavaScript for learner code, with sucrase: small, fast, and it keeps every line
 * where it was. The columns that stripping types shifted are given back by lining up each line's
 * tokens (see aligned-mappings.ts; sucrase's own source map drifts after a template literal), so
 * error positions and stack lines point at the learner's own TypeScript.
 */
import { transform } from "sucrase";
import { alignMappings } from "./aligned-mappings.ts";
import { createPositionMap, type PositionMap } from "./position-map.ts";
import { describeSyntaxProblem, type SyntaxProblem } from "./syntax-problem.ts";

/** The result of a transpile: code to run, or a syntax error located in the TypeScript. */
export type TranspileResult =
  | {
      ok: true;
      javascript: string;
      toTypeScript: PositionMap;
      /** Source-map `mappings` to the TypeScript, which `toTypeScript` reads; a build stores them. */
      mappings: string;
    }
  | {
      ok: false;
      message: string;
      line: number;
      column: number;
      /** The same error, read for a learner (the page words it in the reader's language). */
      problem: SyntaxProblem;
    };

interface SucraseError {
  message: string;
  loc?: { line: number; column: number };
}

/** Strips types; reports a syntax error with its line and column instead of throwing. */
export function transpile(typescript: string): TranspileResult {
  try {
    const { code } = transform(typescript, {
      transforms: ["typescript"],
      disableESTransforms: true,
      filePath: "main.ts",
    });
    const mappings = alignMappings(typescript, code);
    return { ok: true, javascript: code, toTypeScript: createPositionMap(mappings), mappings };
  } catch (error) {
    const { message, loc } = error as SucraseError;
    const line = loc?.line ?? 1;
    const column = loc?.column ?? 1;
    // Sucrase ends its message with "(line:column)"; we show the position our own way.
    const reason = message.replace(/\s*\(\d+:\d+\)\s*$/, "");
    return {
      ok: false,
      message: `SyntaxError: ${reason} (main.ts:${line}:${column})`,
      line,
      column,
      problem: describeSyntaxProblem(
        typescript,
        reason.replace(/^Error transforming main\.ts: /, ""),
        line,
        column,
      ),
    };
  }
}
