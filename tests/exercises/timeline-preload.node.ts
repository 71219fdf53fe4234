/**
 * Loaded with `node --import` before an exercise file: records the run's timeline with the same
 * probes the browser uses, and writes it to $TIMELINE_OUT when the process exits.
 */
import { writeFileSync } from "node:fs";
import type { TimelineEvent } from "../../src/timeline/events.ts";
import { installTimelineProbes, type ProbeScope } from "../../src/timeline/probes.ts";
import { PRACTICE_ORIGIN } from "../../src/runner/playground/handler.ts";
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

process.on("exit", () => {
  if (outPath !== undefined) writeFileSync(outPath, JSON.stringify({ events, durationMs: now() }));
});
