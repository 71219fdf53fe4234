/**
 * Under Node, `fetch` (undici) sets timers of its own through the global `setTimeout`. They are
 * not the learner's, so the timeline leaves them out: the first caller outside our own probe
 * files is then one of Node's internal modules.
 */
const probeFiles = /probes\.ts|node-internals\.ts|preload/;

export function isLearnerTimerInNode(): boolean {
  const callers = (new Error().stack ?? "").split("\n").filter((line) => line.trimStart().startsWith("at "));
  const caller = callers.find((line) => !probeFiles.test(line)) ?? "";
  return !caller.includes("node:internal");
}
