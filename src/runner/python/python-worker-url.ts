/** The Python worker's script, built into public/runner/ by scripts/build-runtime.node.ts. */
export const pythonWorkerUrl = "/runner/python-worker.js";
