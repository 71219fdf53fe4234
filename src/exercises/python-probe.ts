/**
 * How an exercise's probe.py reaches a Python host, and how a host tells the two languages' probes
 * apart. Kept apart from probe-program.ts, which the WebContainer preload bundles: the preload runs
 * only JavaScript probes and is pinned by the replay fixture's hash, so Python's part stays out of it.
 */
import type { ExerciseCheck } from "./check-schema.ts";
import type { ProbeOrder } from "./probe-program.ts";

/**
 * What a Python host runs after the program (site/pagepython/probe_run.py): probe.py's source, this
 * run's words, and the names of the learner's functions it is handed (`calls` in the check).
 */
export interface PythonProbeOrder {
  python: string;
  words: readonly string[];
  calls: readonly string[];
}

/** The JavaScript probe of a run's options; undefined for none, or for a Python one. */
export function javascriptProbe(probe: ProbeOrder | PythonProbeOrder | undefined): ProbeOrder | undefined {
  return probe !== undefined && "javascript" in probe ? probe : undefined;
}

/** The Python probe of a run's options; undefined for none, or for a JavaScript one. */
export function pythonProbe(probe: ProbeOrder | PythonProbeOrder | undefined): PythonProbeOrder | undefined {
  return probe !== undefined && "python" in probe ? probe : undefined;
}

/** A Python exercise's run as its pipeline takes it: the program as written, and the probe. */
export interface PythonExerciseProgram {
  python: string;
  probe?: PythonProbeOrder;
}

/**
 * The learner's Python as written (the host picks the functions `calls` names from `__main__`
 * once the program has ended, so nothing is added to it), and probe.py with this run's words.
 *
 * @example
 * const { python, probe } = pythonExerciseProgram(code, check, pickWords(check.words));
 */
export function pythonExerciseProgram(
  code: string,
  check: ExerciseCheck,
  words: readonly string[],
): PythonExerciseProgram {
  if (check.probe === undefined) return { python: code };
  return { python: code, probe: { python: check.probe, words, calls: check.calls } };
}
