/**
 * The messages between the page's Python host and its worker, over the private port only.
 */
import type { PythonRunEvent, PythonVersions } from "./python-runtime.ts";

/** Page to worker. */
export type PythonWorkerOrder = { type: "run"; runId: number; code: string; maxLines: number };

/** Worker to page. */
export type PythonHostMessage =
  | { type: "booted"; versions: PythonVersions }
  | { type: "boot-failed"; message: string }
  | { type: "run"; runId: number; event: PythonRunEvent };
