/**
 * Picks the lines that name a failure out of a test stage's output, so `npm test` can repeat them
 * after its table: CI shows only the end of a long log, and a failure printed in the middle of it
 * (the unit stage's block ends long before the browsers do) is otherwise never seen.
 */

// Colour and cursor codes, which the tools print even into a pipe when CI asks for colour.
const terminalCodes = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]`, "g");

/** Each tool's own way of starting a line that names a failed test or check. */
const failureMarks: readonly RegExp[] = [
  /^\s*FAIL\s+\S/, // Vitest's summary: " FAIL  file > suite > test"
  /^\s*✘\s/, // Playwright's list reporter
  /^\s*✖\s(?!failing tests:)/, // node --test's spec reporter and ESLint's total
  /^\s*\d+\) \[\w+\] › /, // Playwright's numbered summary of failed and flaky tests
  /^\s*\d+:\d+\s+error\s/, // ESLint's problems, under their file's name
  /^\s*- [1-9]\d* errors?\b/, // astro check's result line
  /^\s*\[warn\] .+/, // Prettier's files that need formatting
];

/** The failure lines of `output`, without terminal codes, each once, in the order they came. */
export function failureLines(output: string): string[] {
  const seen = new Set<string>();
  for (const raw of output.split(/\r?\n/)) {
    const line = raw.replace(terminalCodes, "").trimEnd();
    if (failureMarks.some((mark) => mark.test(line))) seen.add(line.trim());
  }
  return [...seen];
}
