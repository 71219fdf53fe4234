/**
 * Loaded with `node --import` before an exercise file: records the run's timeline with the same
 * probes the browser uses, and each printed line with its time (as both in-page runtimes do), and
 * writes them to $TIMELINE_OUT when the process exits.
 */
import { writeFileSync } from "node:fs";
import type { TimelineEvent } from "../../src/timeline/events.ts";
import { installTimelineProbes, type ProbeScope } from "../../src/timeline/probes.ts";
import { PRACTICE_ORIGIN } from "../../src/runner/practice-server/handler.ts";
import { isLearnerTimerInNode } from "../../src/timeline/node-internals.ts";

const outPath = process.env["TIMELINE_OUT"];
const events: TimelineEvent[] = [];
const startedAt = performance.now();
const now = () => performance.now() - startedAt;

installTimelineProbes(globalThis as unknown as ProbeScope, {
  now,
  emit: (event) => events.push(event),
  practiceOrigin: PRACTICE_ORIGIN,
  isLearnerTimer: isLearnerTimerInNode,
});

for (const stream of ["stdout", "stderr"] as const) {
  const target = process[stream];
  const write = target.write.bind(target) as (chunk: unknown, ...rest: unknown[]) => boolean;
  target.write = (chunk: unknown, ...rest: unknown[]) => {
    const atMs = now();
    const text = typeof chunk === "string" ? chunk : Buffer.from(chunk as Uint8Array).toString("utf8");
    for (const line of text.replace(/\n$/, "").split("\n"))
      events.push({ type: "output", stream, text: line, atMs });
    return write(chunk, ...rest);
  };
}

process.on("exit", () => {
  if (outPath !== undefined) writeFileSync(outPath, JSON.stringify({ events, durationMs: now() }));
});
