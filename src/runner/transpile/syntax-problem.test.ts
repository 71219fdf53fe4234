import { describe, expect, it } from "vitest";
import { transpile } from "./transpile.ts";
import { describeSyntaxProblem, openBrackets } from "./syntax-problem.ts";

/** The problem the transpiler reports for `code`, through sucrase's real messages. */
function problemOf(code: string) {
  const result = transpile(code);
  if (result.ok) throw new Error(`expected a syntax error in ${JSON.stringify(code)}`);
  return result.problem;
}

describe("describeSyntaxProblem", () => {
  it.each([
    ["console.log(1;\n", { kind: "missing", token: ")", line: 1, column: 14 }],
    ["const a = { b: 1;\n", { kind: "missing", token: "}", line: 1, column: 17 }],
    ["let x = [1, 2;\n", { kind: "missing", token: "]", line: 1, column: 14 }],
    ["if (x) {\n  f();\n", { kind: "endsEarly", token: "}", open: "{", line: 1, column: 8 }],
    ["await foo(\n", { kind: "endsEarly", token: ")", open: "(", line: 1, column: 10 }],
    ["const s = 'abc\n", { kind: "unclosed", what: "string", line: 1, column: 11 }],
    ["`abc\n", { kind: "unclosed", what: "template", line: 1, column: 2 }],
    ["const = 3;\n", { kind: "unexpected", token: "=", line: 1, column: 7 }],
    ["x = )\n", { kind: "unexpected", token: ")", line: 1, column: 5 }],
  ])("reads %j", (code, expected) => {
    expect(problemOf(code)).toEqual(expected);
  });

  it("keeps the parser's words when it cannot say more", () => {
    expect(describeSyntaxProblem("let a = 1;\n", "Something odd", 1, 5)).toEqual({
      kind: "other",
      reason: "Something odd",
      line: 1,
      column: 5,
    });
  });

  it("skips brackets inside strings and comments", () => {
    const code = 'f("(", `[`, /* { */ g(\n// (\n';
    expect(openBrackets(code, code.length).map((open) => open.bracket)).toEqual(["(", "("]);
  });
});
