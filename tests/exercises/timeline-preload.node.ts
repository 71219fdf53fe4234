/**
 * Loaded with `node --import` before an exercise file: records the run's timeline with the same
 * probes the browser uses, and each printed line with its time (as both in-page runtimes do), and
 * writes them to $TIMELINE_OUT when the process exits. With $EXERCISE_PROBE, it runs the
 * exercise's probe once the program's module has run (as the WebContainer preload does), with a
 * kit captured before the program ran, and keeps what the probe reports apart from the output.
 * Nothing here asks a prototype once the program runs: rows go into the lists with a captured
 * `Reflect.defineProperty` (a program may replace `Array.prototype.push`), and the record is
 * written with a replacer that undoes any `toJSON` the program gives objects.
 */
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import type { TimelineEvent } from "../../src/timeline/events.ts";
import { installTimelineProbes, type ProbeScope } from "../../src/timeline/probes.ts";
import { PRACTICE_ORIGIN } from "../../src/runner/practice-server/handler.ts";
import { isLearnerTimerInNode } from "../../src/timeline/node-internals.ts";
import { captureProbeKit } from "../../src/exercises/probe-kit.ts";
import { runProbe } from "../../src/exercises/probe-program.ts";

const outPath = process.env["TIMELINE_OUT"];
// Taken out of the environment before the program can read them.
const probePath = process.env["EXERCISE_PROBE"];
const words = JSON.parse(process.env["EXERCISE_WORDS"] ?? "[]") as string[];
delete process.env["EXERCISE_PROBE"];
delete process.env["EXERCISE_WORDS"];
const events: TimelineEvent[] = [];
const checks: { text: string; atMs: number }[] = [];
const clock = performance.now.bind(performance);
const startedAt = clock();
const now = () => clock() - startedAt;
const writeFile = writeFileSync;
const stringify = JSON.stringify;
const defineProperty = Reflect.defineProperty;
const createBare = Object.create as (prototype: null) => Record<string, unknown>;
/** Adds `row` at the end of `list` without `push`, and without any setter on Array.prototype. */
function append<T>(list: T[], row: T): void {
  const descriptor = createBare(null);
  descriptor["value"] = row;
  descriptor["writable"] = true;
  descriptor["enumerable"] = true;
  descriptor["configurable"] = true;
  defineProperty(list, list.length, descriptor);
}
/** Gives the serializer back each value as it is: a `toJSON` the program added is asked, not used. */
function asItIs(this: Record<string, unknown>, key: string): unknown {
  return this[key];
}
const kit = captureProbeKit({ words, report: (text) => append(checks, { text, atMs: now() }) });

installTimelineProbes(globalThis as unknown as ProbeScope, {
  now,
  emit: (event) => append(events, event),
  practiceOrigin: PRACTICE_ORIGIN,
  isLearnerTimer: isLearnerTimerInNode,
  minTimerMs: 0,
});

for (const stream of ["stdout", "stderr"] as const) {
  const target = process[stream];
  const write = target.write.bind(target) as (chunk: unknown, ...rest: unknown[]) => boolean;
  target.write = (chunk: unknown, ...rest: unknown[]) => {
    const atMs = now();
    const text = typeof chunk === "string" ? chunk : Buffer.from(chunk as Uint8Array).toString("utf8");
    for (const line of text.replace(/\n$/, "").split("\n"))
      append(events, { type: "output", stream, text: line, atMs });
    return write(chunk, ...rest);
  };
}

process.on("exit", () => {
  if (outPath !== undefined) writeFile(outPath, stringify({ events, checks, durationMs: now() }, asItIs));
});

const main = process.argv[1];
if (probePath !== undefined && main !== undefined) {
  // Node then finds the program's module already run, and does not run it again.
  const program = (await import(pathToFileURL(main).href)) as Record<string, unknown>;
  await runProbe(program, (await import(pathToFileURL(probePath).href)) as { default?: unknown }, kit);
}
