import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "tests/**/*.test.ts"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    globalSetup: ["tests/examples/practice-server.setup.ts"],
    // Samples measure elapsed time: too many at once on two cores would blur their timings.
    maxConcurrency: 4,
  },
});
