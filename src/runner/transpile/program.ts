/**
 * The transpile step of a Run: the learner's TypeScript in, the JavaScript a host runs out, with
 * the one function that names positions in that JavaScript as positions in the TypeScript. Code as
 * the sample ships runs as the build transpiled it (fetched when the learner reached for Run), so a
 * first Run that edits nothing loads no transpiler; edited code (or a sample the build could not
 * transpile, or whose stored run did not arrive) loads sucrase, once. This room made the
 * JavaScript, so it alone knows how to map its positions back.
 */
import { mapOutputPositions } from "./position-map.ts";
import { fromPrebuilt, parsePrebuilt, type PrebuiltRun } from "./prebuilt.ts";
import type { TranspileResult } from "./transpile.ts";

/**
 * What the build shipped for a sample: its TypeScript and the stored run (JSON, see prebuilt.ts),
 * perhaps still on its way; "" when there is none.
 */
export interface ShippedProgram {
  typescript: string;
  prebuiltJson: string | Promise<string>;
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

/** The stored run in `json`, or none when there is none or it is damaged (it came over the network). */
function storedRun(json: string): PrebuiltRun | undefined {
  if (json === "") return undefined;
  try {
    return parsePrebuilt(json);
  } catch {
    return undefined;
  }
}

/**
 * Prepares `typescript` to run: from the shipped build when it is the shipped code, else transpiled.
 *
 * @example
 * const program = await prepareProgram("const n: number = 1;\nconsole.log(n);");
 * if (program.ok) program.mapPositions("at main.ts:2:9"); // positions as the learner wrote them
 */
export async function prepareProgram(typescript: string, shipped?: ShippedProgram): Promise<PreparedProgram> {
  let result: TranspileResult;
  const prebuilt =
    shipped !== undefined && typescript === shipped.typescript
      ? storedRun(await shipped.prebuiltJson)
      : undefined;
  if (prebuilt !== undefined) {
    result = fromPrebuilt(prebuilt);
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
