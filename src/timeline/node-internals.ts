/**
 * Under Node, `fetch` (undici) sets timers of its own through the global `setTimeout`. They are
 * not the learner's, so the timeline leaves them out: the first caller outside our own probe
 * files is then code of the runtime itself. Under plain Node that is one of its `node:internal`
 * modules; in a WebContainer, Node's internals are the container's own scripts, so the same frame
 * shows as an `https://…staticblitz.com/blitz.<hash>.js` URL (or an `eval` wrapper of it).
 */
const probeFiles = /probes\.ts|node-internals\.ts|preload/;
const runtimeFrame = /\bnode:internal\/|\bhttps?:\/\/|\beval at /;

/**
 * Whether the `setTimeout` being recorded was called by the learner's program. With
 * `programFile`, its caller must also be in that file (the WebContainer host's `main-<n>.mjs`).
 */
export function isLearnerTimerInNode(programFile?: RegExp): boolean {
  const callers = (new Error().stack ?? "").split("\n").filter((line) => line.trimStart().startsWith("at "));
  const caller = callers.find((line) => !probeFiles.test(line)) ?? "";
  if (programFile !== undefined) return programFile.test(caller);
  return caller !== "" && !runtimeFrame.test(caller);
}
