import { describe, expect, it } from "vitest";
import { readAllSamples } from "./sample-files.node.ts";
import { checkSampleRules, describeRuleProblems, type SampleRuleName } from "./sample-rules.node.ts";
import type { SampleFiles } from "./sample-schema.ts";

const good: SampleFiles = {
  id: "good",
  meta: { chapter: 1, title: { en: "Good", "zh-cn": "好" } },
  python: 'import asyncio\n\nasync def main():\n    print("done after 1.0s")\n\nasyncio.run(main())\n',
  typescript: "const n: number = 1;\nconsole.log(`done after ${n.toFixed(1)}s`);\n",
  expected: "done after ≈1.0s\n",
};

describe("the sample rules", () => {
  it("find nothing wrong with a sample that meets them", () => {
    expect(checkSampleRules(good)).toEqual([]);
  });

  it.each<[string, Partial<SampleFiles>, SampleRuleName, string, RegExp]>([
    [
      "an enum",
      { typescript: "enum Colour { Red }\nconsole.log(Colour.Red);\n" },
      "erasable-typescript",
      "main.ts",
      /enum/,
    ],
    [
      "a namespace",
      { typescript: "namespace N { export const x = 1; }\n" },
      "erasable-typescript",
      "main.ts",
      /namespace/,
    ],
    ["no entry point", { python: 'print("hi")\n' }, "python-entry", "main.py", /asyncio\.run\(main\(\)\)/],
    ["an empty expected output", { expected: "" }, "expected-output", "expected.txt", /is empty/],
    [
      "a trailing space",
      { expected: "one \n" },
      "expected-output",
      "expected.txt",
      /line 1 ends with spaces/,
    ],
    [
      "two decimals",
      { expected: "took ≈1.00s\n" },
      "one-decimal-times",
      "expected.txt",
      /"≈1\.00s" is not a time with one decimal/,
    ],
    ["no decimals", { expected: "took ≈1s\n" }, "one-decimal-times", "expected.txt", /≈1s/],
    [
      "another host",
      { typescript: 'await fetch("https://example.com/");\n' },
      "local-network-only",
      "main.ts",
      /reaches https:\/\/example\.com/,
    ],
    [
      "another host in Python",
      { python: good.python.replace("print", 'URL = "http://example.org/"\n    print') },
      "local-network-only",
      "main.py",
      /example\.org/,
    ],
  ])("names the rule, the file and the fix for %s", (_, change, rule, file, message) => {
    const problems = checkSampleRules({ ...good, ...change });
    expect(problems.map((problem) => [problem.rule, problem.file])).toEqual([[rule, file]]);
    expect(problems[0]?.message).toMatch(message);
  });

  it("checks Python's own expected output too", () => {
    const problems = checkSampleRules({ ...good, expectedPython: "took ≈2s\n" });
    expect(problems.map((problem) => [problem.rule, problem.file])).toEqual([
      ["one-decimal-times", "expected.python.txt"],
    ]);
  });

  it("writes one line per problem, with the sample, the file and the rule", () => {
    const problems = checkSampleRules({ ...good, expected: "" });
    expect(describeRuleProblems("good", problems)).toMatch(
      /^good\/expected\.txt: is empty: .* \[expected-output\]$/,
    );
  });
});

describe("every sample", () => {
  for (const sample of readAllSamples()) {
    it(`${sample.id} meets every rule in src/content/samples/README.md`, () => {
      const problems = checkSampleRules(sample);
      expect(problems, describeRuleProblems(sample.id, problems)).toEqual([]);
    });
  }
});
