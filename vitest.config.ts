import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "tests/**/*.test.ts"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    globalSetup: ["tests/examples/practice-server.setup.ts"],
    // Samples measure elapsed time, and two cores are easily swamped: one test file at a time (the
    // dev-server test is CPU-heavy), and two samples at once within the samples file.
    fileParallelism: false,
    maxConcurrency: 2,
  },
});
