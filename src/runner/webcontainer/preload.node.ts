/**
 * Loaded with `node --import` before each program in the WebContainer: records requests and
 * timers with the same probes as the fallback, and writes each event as a marked line.
 */
import { installTimelineProbes, type ProbeScope } from "../../timeline/probes.ts";
import { PRACTICE_ORIGIN } from "../playground/handler.ts";
import { timelineMarker } from "./webcontainer-host.ts";
import { isLearnerTimerInNode } from "../../timeline/node-internals.ts";

const startedAt = performance.now();
installTimelineProbes(globalThis as unknown as ProbeScope, {
  now: () => performance.now() - startedAt,
  emit: (event) => process.stdout.write(`${timelineMarker}${JSON.stringify(event)}\n`),
  practiceOrigin: PRACTICE_ORIGIN,
  isLearnerTimer: isLearnerTimerInNode,
});
