/**
 * Puts a syntax problem (runner/transpile/syntax-problem.ts) into the runner's words, followed by
 * its position as `main.ts:line:column`, which the output turns into a link to the editor.
 */
import type { RunnerTextKey } from "../../i18n/runner-text.ts";
import type { TextMessage } from "../../i18n/translate.ts";
import type { SyntaxProblem } from "../../runner/transpile/syntax-problem.ts";

/** The message for `problem`, to word with the reader's runner text. */
export function syntaxProblemMessage(problem: SyntaxProblem): TextMessage<RunnerTextKey> {
  const { line, column } = problem;
  switch (problem.kind) {
    case "missing":
      return { key: "syntaxMissing", values: { token: problem.token, line, column } };
    case "endsEarly":
      return { key: "syntaxEndsEarly", values: { token: problem.token, open: problem.open, line, column } };
    case "unclosed": {
      const keys = {
        string: "syntaxUnclosedString",
        template: "syntaxUnclosedTemplate",
        comment: "syntaxUnclosedComment",
      } as const;
      return { key: keys[problem.what], values: { line, column } };
    }
    case "unexpected":
      return { key: "syntaxUnexpected", values: { token: problem.token, line, column } };
    case "other":
      return { key: "syntaxOther", values: { reason: problem.reason, line, column } };
  }
}
