import { describe, expect, it } from "vitest";
import { runnerText } from "../../i18n/runner-text.ts";
import { wordMessage } from "../../i18n/translate.ts";
import { transpile } from "../../runner/transpile/transpile.ts";
import { syntaxProblemMessage } from "./syntax-problem-text.ts";

/** What a learner reads for the syntax error in `code`, in `locale`. */
function wordsFor(code: string, locale: "en" | "zh-cn") {
  const result = transpile(code);
  if (result.ok) throw new Error("expected a syntax error");
  return wordMessage(syntaxProblemMessage(result.problem), runnerText(locale));
}

describe("syntaxProblemMessage", () => {
  it("names the missing bracket, not the parser's expected comma", () => {
    const code = "async function main() {\n  console.log(await Promise.all([a(), b()]);\n}\n";
    expect(wordsFor(code, "en")).toBe("SyntaxError: missing `)` before line 2, column 44.");
    expect(wordsFor(code, "zh-cn")).toBe("语法错误：第 2 行第 44 列之前缺少 `)`。");
  });

  it("says where an unclosed block began when the code ends early", () => {
    expect(wordsFor("if (ready) {\n  go();\n", "en")).toBe(
      "SyntaxError: the code ends while the `{` at line 1, column 12 is still open: add its `}` where that part ends.",
    );
  });
});
