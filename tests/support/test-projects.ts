/**
 * Which suites need port 8787, read by `vitest.config.ts` (its projects) and `scripts/test.node.ts`
 * (which may run the port owners side by side, each in a network of its own).
 */

/**
 * Files that put a server of their own on port 8787 (inside a fake WebContainer, or a Python
 * practice server as a learner starts it): one at a time with the port free, or each in a network
 * namespace of its own. Longest first (about 46, 27, 25, 9, 3 and 3 s here), so that lanes pulling
 * from this list end close together.
 */
export const portOwners = [
  "tests/suites/webcontainer-host-contract.test.ts",
  "tests/suites/runner-contract.test.ts",
  "src/runner/webcontainer/webcontainer-host-boot.test.ts",
  "tests/suites/webcontainer-stop-then-run.test.ts",
  "tests/suites/run-python-yourself.test.ts",
  "tests/suites/webcontainer-old-node.test.ts",
] as const;

/** Files that run programs against the practice server on 8787, which their project starts once. */
export const practiceUsers = [
  "tests/suites/samples.test.ts",
  "tests/suites/exercises.test.ts",
  "tests/suites/claims.test.ts",
] as const;
