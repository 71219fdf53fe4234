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

/** The files that judge the TypeScript exercise corpus, a part each (tests/support/typescript-exercise-corpus.ts). */
export const typeScriptCorpusFiles = [
  "tests/suites/exercises-typescript-a.test.ts",
  "tests/suites/exercises-typescript-b.test.ts",
] as const;

/** Files that run programs against the practice server on 8787, which their project starts once. */
export const practiceUsers = [
  "tests/suites/samples.test.ts",
  ...typeScriptCorpusFiles,
  "tests/suites/claims.test.ts",
] as const;

/** The files that judge the Python exercise corpus, a part each (tests/support/python-exercise-corpus.ts). */
export const pythonCorpusFiles = [
  "tests/suites/exercises-python-a.test.ts",
  "tests/suites/exercises-python-b.test.ts",
  "tests/suites/exercises-python-c.test.ts",
  "tests/suites/exercises-python-d.test.ts",
] as const;

/**
 * The unit stage's longest files, longest first (in CI about 95 s for the samples and 70 for Python
 * in the page; the TypeScript exercises took 129 s as one file and the Python corpus 143 and 135 s
 * as two halves, so they are dealt into two and four files). They mostly wait on timers and the practice
 * server, so they must start first: vitest's own order on a fresh clone (no timing cache) runs the
 * larger files first, which put the 4-line files of the Python corpus last, where each then ran
 * alone for two minutes with the cores idle.
 */
export const longestFirst = [
  "tests/suites/samples.test.ts",
  ...typeScriptCorpusFiles,
  "tests/suites/python-in-page.test.ts",
  ...pythonCorpusFiles,
  "tests/suites/python-hostile.test.ts",
] as const;

/**
 * The Firefox suite's longest files, longest first (about 136, 84 and 52 s in CI): its stage runs
 * two files at a time in this order, then the rest by name, so the longest does not start last
 * (by name, the runner's file started sixth and ended alone).
 */
export const firefoxLongestFirst = [
  "tests/firefox/runner.spec.ts",
  "tests/firefox/python-every-sample.spec.ts",
  "tests/firefox/sandbox-hostile.spec.ts",
] as const;
