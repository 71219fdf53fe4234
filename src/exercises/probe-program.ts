/**
 * How an exercise's probe meets the learner's code without sharing anything the program could
 * forge. The program gets one line added at its end, an export that hands over the functions the
 * check calls (`calls` in the check); the probe is a module of its own that the host imports once
 * the program's module has run, and calls with those functions and a kit captured before the
 * program ran (probe-kit.ts). The words travel to the host beside the code, never inside it.
 * Web-standard: the page and the tests build runs here, every host runs them with `runProbe`.
 */
import type { ExerciseCheck } from "./check-schema.ts";
import type { ProbeKit } from "./probe-kit.ts";

/** The name of the export the program gets, through which the probe reaches its functions. */
export const programExport = "__exerciseProgram";

/** What a host runs after the program: the probe's JavaScript and this run's words. */
export interface ProbeOrder {
  javascript: string;
  words: readonly string[];
}

/** An exercise's run as the pipeline takes it: the program, and the probe to transpile. */
export interface ExerciseProgram {
  typescript: string;
  probe?: { typescript: string; words: readonly string[] };
}

/**
 * The learner's code with the export the probe needs (a name the code does not define is handed
 * over as undefined, so the probe can say so), and the probe with this run's words.
 *
 * @example
 * const { typescript, probe } = exerciseProgram(code, check, pickWords(check.words));
 */
export function exerciseProgram(
  code: string,
  check: ExerciseCheck,
  words: readonly string[],
): ExerciseProgram {
  if (check.probe === undefined) return { typescript: code };
  const handed = check.calls.map((name) => `${name}: typeof ${name} === "undefined" ? undefined : ${name}`);
  // One line, after the code, so line numbers in the learner's errors stay right.
  const typescript = `${code}\n;export const ${programExport} = () => ({ ${handed.join(", ")} });\n`;
  return { typescript, probe: { typescript: check.probe, words } };
}

/** The probe module's shape: a default export called with the program's functions and the kit. */
type ProbeModule = { default?: unknown };

/**
 * Runs the probe once the program's module has run: `program` is that module's namespace.
 * Resolves when the probe is done; rejects with what the probe (or the learner's code) threw.
 */
export async function runProbe(
  program: Record<string, unknown>,
  probe: ProbeModule,
  kit: ProbeKit,
): Promise<void> {
  const handOver = program[programExport];
  const functions = typeof handOver === "function" ? (handOver as () => unknown)() : {};
  if (typeof probe.default !== "function")
    throw new TypeError("An exercise probe must export a default function.");
  await (probe.default as (program: unknown, kit: ProbeKit) => unknown)(functions, kit);
}
