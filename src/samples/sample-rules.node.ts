/**
 * The rules a sample must meet beyond its folder's shape (which sample-files.node.ts enforces as it
 * reads), one function each, each failure a message that says which file breaks which rule and
 * what to do. src/content/samples/README.md states the same rules; sample-rules.test.ts holds every
 * sample to them, so a new sample's folder is checked by `npx vitest run src/samples` alone.
 */
import { stripTypeScriptTypes } from "node:module";
import { outputLines } from "./expected-output.ts";
import type { SampleFiles } from "./sample-schema.ts";

/** One broken rule in one file of a sample. */
export interface RuleProblem {
  rule: SampleRuleName;
  file: "main.ts" | "main.py" | "expected.txt" | "expected.python.txt";
  message: string;
}

type Check = (sample: SampleFiles) => Omit<RuleProblem, "rule">[];

/** The names of the rules, in the README's order. */
export const sampleRuleNames = [
  "erasable-typescript",
  "python-entry",
  "expected-output",
  "one-decimal-times",
  "local-network-only",
] as const;

/** One rule's name. */
export type SampleRuleName = (typeof sampleRuleNames)[number];

/** Node runs main.ts by stripping its types: an enum, a namespace or a parameter property fails there. */
const erasableTypeScript: Check = ({ typescript }) => {
  try {
    stripTypeScriptTypes(typescript, { mode: "strip" });
    return [];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [
      {
        file: "main.ts",
        message: `uses TypeScript that Node cannot erase (${reason}); write it with plain types only (no enum, namespace or parameter property).`,
      },
    ];
  }
};

/** The Python original starts the way the lesson teaches: asyncio's entry points, or a test runner. */
const pythonEntry: Check = ({ python }) =>
  /\basyncio\.run\(|\basyncio\.Runner\(|\bweb\.run_app\(|\bunittest\b/.test(python)
    ? []
    : [
        {
          file: "main.py",
          message:
            "has no entry point: end it with asyncio.run(main()) (or asyncio.Runner, web.run_app, or a unittest runner for a test suite).",
        },
      ];

/** Each expected output has lines to compare, and no line that only a trailing space tells apart. */
const expectedOutput: Check = ({ expected, expectedPython }) =>
  [
    ["expected.txt", expected] as const,
    ...(expectedPython === undefined ? [] : [["expected.python.txt", expectedPython] as const]),
  ].flatMap(([file, text]) => {
    const lines = outputLines(text);
    if (lines.length === 0)
      return [{ file, message: "is empty: it must hold what the program prints, line for line." }];
    const padded = lines.findIndex((line) => line !== line.trimEnd());
    return padded === -1
      ? []
      : [
          {
            file,
            message: `line ${String(padded + 1)} ends with spaces, which no reader can see; remove them.`,
          },
        ];
  });

/** A timed number is `≈` and seconds with one decimal, as the samples print them. */
const oneDecimalTimes: Check = ({ expected, expectedPython }) =>
  [
    ["expected.txt", expected] as const,
    ...(expectedPython === undefined ? [] : [["expected.python.txt", expectedPython] as const]),
  ].flatMap(([file, text]) =>
    [...text.matchAll(/≈(\S*)/g)]
      .filter((match) => !/^-?\d+\.\d(?!\d)/.test(match[1] ?? ""))
      .map((match) => ({
        file,
        message: `"${match[0]}" is not a time with one decimal: write ≈ and the seconds with one decimal (≈1.0).`,
      })),
  );

/**
 * Whether a URL's host is off this machine. Local: localhost, 127.0.0.1, a `.local` name or a
 * one-word name (a Request handed straight to an in-process handler, never sent), a placeholder.
 */
function isOutside(host: string): boolean {
  const name = host.replace(/\$?\{.*$/, "");
  if (name === "localhost" || name === "127.0.0.1" || name.endsWith(".local")) return false;
  return /^[a-z0-9-]+\.[a-z0-9.-]+$/i.test(name);
}

/** Samples reach only this machine: the practice server on 8787, or a server the sample starts. */
const localNetworkOnly: Check = ({ typescript, python }) =>
  [["main.ts", typescript] as const, ["main.py", python] as const].flatMap(([file, text]) =>
    [...text.matchAll(/\b(?:https?|wss?):\/\/([^/:"'`\s]+)/g)]
      .filter((match) => isOutside(match[1] ?? ""))
      .map((match) => ({
        file,
        message: `reaches ${match[0]}: a sample talks only to the practice server (http://localhost:8787) or a server it starts itself.`,
      })),
  );

const checks: Record<SampleRuleName, Check> = {
  "erasable-typescript": erasableTypeScript,
  "python-entry": pythonEntry,
  "expected-output": expectedOutput,
  "one-decimal-times": oneDecimalTimes,
  "local-network-only": localNetworkOnly,
};

/**
 * Every rule `sample` breaks; an empty list when it meets them all.
 *
 * @example
 * checkSampleRules(readSample("two-tasks")); // []
 */
export function checkSampleRules(sample: SampleFiles): RuleProblem[] {
  return sampleRuleNames.flatMap((rule) => checks[rule](sample).map((problem) => ({ rule, ...problem })));
}

/** One line per problem: `<id>/<file>: <message> [rule]`. */
export function describeRuleProblems(id: string, problems: readonly RuleProblem[]): string {
  return problems.map((problem) => `${id}/${problem.file}: ${problem.message} [${problem.rule}]`).join("\n");
}
