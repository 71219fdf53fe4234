import { defineConfig } from "vitest/config";
import { LongestFirstSequencer } from "./tests/support/longest-first-sequencer.ts";
import { portOwners, practiceUsers } from "./tests/support/test-projects.ts";

export default defineConfig({
  test: {
    // Unit tests sit beside the code and in tests/. The slow suites in tests/suites/ run real
    // programs: every sample under Node and Python, every exercise, both practice servers, the record
    // replays and the dev server. `npm test` runs both (its unit stage); for the unit tests alone,
    // run `npx vitest run --project unit`.
    //
    // Most of that time is spent waiting on timers and child processes, not on the two cores, so
    // the files run side by side, in three projects. Port 8787 decides the order: the plain files
    // run beside the practice server's users, which share one server that their project starts
    // (tests/samples/practice-server.node.ts); the port owners need the port free. Vitest starts
    // every project's server before any file runs, so the port owners run in a `vitest run` of their
    // own: `npm run test:unit` runs them after the rest, one at a time, and `npm test` runs them
    // beside the rest, each in a network namespace of its own, where the machine allows one
    // (scripts/test/own-network.node.ts).
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "tests/**/*.test.ts"],
          exclude: ["tests/e2e/**", "node_modules/**", ...portOwners, ...practiceUsers],
        },
      },
      {
        extends: true,
        test: {
          name: "port-owners",
          include: [...portOwners],
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: "practice",
          include: [...practiceUsers],
          globalSetup: ["tests/samples/practice-server.node.ts"],
        },
      },
    ],
    // Vitest's default on 2 cores is one file at a time; these files mostly wait (the stage used
    // about 0.8 of the 2 cores with three workers, 1.4 with four beside lint and the type check).
    // Six: the seven longest files take 70 to 130 s each, and the six longest start first.
    maxWorkers: 6,
    sequence: { sequencer: LongestFirstSequencer },
    // Samples measure elapsed time: two at once within a file, as a learner's machine would not
    // run more, and every timing margin holds at that load.
    maxConcurrency: 2,
    // As in the Playwright specs: in CI a failed test runs once more, since a 2-core machine running
    // other jobs can push a timed line past its margin; the report still names the retried test.
    retry: process.env["CI"] === undefined ? 0 : 1,
  },
});
