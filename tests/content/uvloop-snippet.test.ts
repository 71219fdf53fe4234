/**
 * The uvloop snippet in "Best practices" must run on Python 3.11, our baseline. Its live line used
 * to be `asyncio.run(main(), loop_factory=...)`, which 3.11 rejects with a TypeError. uvloop is not
 * installed here, so a Python helper parses the snippet instead of running it, and tries for real
 * what the snippet's comments say about this Python's asyncio.run and asyncio.Runner.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { localeCodes } from "../../src/i18n/locales.ts";
import { pythonPath, pythonUnavailableReason } from "../samples/python.node.ts";
import { runProcess } from "../samples/run-process.node.ts";

const docsDirectory = fileURLToPath(new URL("../../src/content/docs/", import.meta.url));
const helper = fileURLToPath(new URL("claims/uvloop_snippet.py", import.meta.url));
const pythonProblem = pythonUnavailableReason();

interface SnippetReport {
  python: [number, number];
  liveCalls: string[];
  asyncioRunKeywords: string[];
  runWithLoopFactory: "ran" | "TypeError";
  runnerTakesLoopFactory: boolean;
}

/** The chapter's one Python code block that mentions uvloop. */
function uvloopSnippet(lang: string): string {
  const text = readFileSync(`${docsDirectory}${lang}/best-practices.mdx`, "utf8");
  const blocks = [...text.matchAll(/```python\n([\s\S]*?)```/g)].map((match) => match[1] ?? "");
  const withUvloop = blocks.filter((block) => block.includes("import uvloop"));
  expect(withUvloop, `${lang}: code blocks that import uvloop`).toHaveLength(1);
  return withUvloop[0] ?? "";
}

describe.skipIf(pythonProblem !== undefined && process.env["CI"] === undefined)("the uvloop snippet", () => {
  for (const lang of localeCodes) {
    it(
      `${lang}: runs uvloop.run(main()) and nothing that Python 3.11 rejects`,
      { timeout: 30_000 },
      async () => {
        if (pythonProblem !== undefined) throw new Error(pythonProblem);
        const result = await runProcess(pythonPath, [helper, uvloopSnippet(lang)], {
          cwd: docsDirectory,
          timeoutMs: 10_000,
        });
        expect(result.stderr).toBe("");
        const report = JSON.parse(result.stdout) as SnippetReport;
        expect(report.liveCalls).toEqual(["uvloop.run(main())"]);
        expect(report.asyncioRunKeywords).toEqual([]);
        // The comments say 3.11's asyncio.run has no loop_factory but its Runner has: both checked here.
        const [major, minor] = report.python;
        expect(report.runWithLoopFactory).toBe(major === 3 && minor < 12 ? "TypeError" : "ran");
        expect(report.runnerTakesLoopFactory).toBe(true);
      },
    );
  }
});

if (pythonProblem !== undefined && process.env["CI"] === undefined) {
  console.warn(`Skipping the uvloop snippet check: ${pythonProblem}`);
}
