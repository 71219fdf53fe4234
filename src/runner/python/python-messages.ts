/**
 * The messages between the page's Python host and its worker, over the private port only.
 */
import type { PythonProbeOrder } from "../../exercises/python-probe.ts";
import type { PythonRunEvent, PythonVersions } from "./python-runtime.ts";

/** Page to worker. A ping is answered with a pong whenever the worker's event loop turns. */
export type PythonWorkerOrder =
  /** `probe`: an exercise's probe.py, run once the program's top level has run. */
  { type: "run"; runId: number; code: string; maxLines: number; probe?: PythonProbeOrder } | { type: "ping" };

/** Worker to page. */
export type PythonHostMessage =
  | { type: "booted"; versions: PythonVersions }
  | { type: "boot-failed"; message: string }
  | { type: "pong" }
  | { type: "run"; runId: number; event: PythonRunEvent };
