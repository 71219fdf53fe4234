/**
 * The transpile step of a Run: the learner's TypeScript in, the JavaScript a host runs out, with
 * the one function that names positions in that JavaScript as positions in the TypeScript. Code as
 * the sample ships runs as the build transpiled it, so a first Run that edits nothing loads no
 * transpiler; edited code (or a sample the build could not transpile) loads sucrase, once. This
 * room made the JavaScript, so it alone knows how to map its positions back.
 */
import { mapOutputPositions } from "./position-map.ts";
import { fromPrebuilt, parsePrebuilt } from "./prebuilt.ts";
import type { TranspileResult } from "./transpile.ts";

/** What the build shipped for a sample: its TypeScript and the stored run (JSON, see prebuilt.ts). */
export interface ShippedProgram {
  typescript: string;
  prebuiltJson: string;
}

/** Code ready to run, or the syntax error that stops it. */
export type PreparedProgram =
  | {
      ok: true;
      javascript: string;
      /** Rewrites every `main.ts:line:column` in a line of output to the learner's TypeScript. */
      mapPositions: (text: string) => string;
    }
  | Extract<TranspileResult, { ok: false }>;

/**
 * Prepares `typescript` to run: from the shipped build when it is the shipped code, else transpiled.
 *
 * @example
 * const program = await prepareProgram("const n: number = 1;\nconsole.log(n);");
 * if (program.ok) program.mapPositions("at main.ts:2:9"); // positions as the learner wrote them
 */
export async function prepareProgram(typescript: string, shipped?: ShippedProgram): Promise<PreparedProgram> {
  let result: TranspileResult;
  if (shipped !== undefined && shipped.prebuiltJson !== "" && typescript === shipped.typescript) {
    result = fromPrebuilt(parsePrebuilt(shipped.prebuiltJson));
  } else {
    const { transpile } = await import("./transpile.ts");
    result = transpile(typescript);
  }
  if (!result.ok) return result;
  const { toTypeScript } = result;
  return {
    ok: true,
    javascript: result.javascript,
    mapPositions: (text) => mapOutputPositions(text, toTypeScript),
  };
}
