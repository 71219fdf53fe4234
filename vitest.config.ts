import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Unit tests sit beside the code and in tests/. The slow suites in tests/suites/ run real
    // programs: every sample under Node and Python, every exercise, both practice servers, the record
    // replays and the dev server. `npm test` runs both (its unit stage); for the unit tests alone,
    // run `npx vitest run --exclude "tests/suites/**"`.
    include: ["src/**/*.test.ts", "tests/**/*.test.ts"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    // Samples measure elapsed time, and two cores are easily swamped: one test file at a time (the
    // dev-server test is CPU-heavy), and two samples at once within the samples file. One file at
    // a time also keeps port 8787 to one owner: files that need the practice server start their
    // own (tests/samples/practice-server.node.ts), and the WebContainer host's test must find the
    // port free, so that what answers there is the server inside its (fake) container.
    fileParallelism: false,
    maxConcurrency: 2,
    // As in the Playwright specs: in CI a failed test runs once more, since a 2-core machine running
    // other jobs can push a timed line past its margin; the report still names the retried test.
    retry: process.env["CI"] === undefined ? 0 : 1,
  },
});
