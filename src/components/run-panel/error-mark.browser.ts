/**
 * The editor's mark for an error: its span underlined and its line tinted, with a bar in the
 * gutter's place, until the learner edits the code. A small state field rather than
 * @codemirror/lint, whose linter would run on every edit; here the run itself is the linter.
 */
import { StateEffect, StateField, type EditorState, type Extension } from "@codemirror/state";
import { Decoration, EditorView, type DecorationSet } from "@codemirror/view";

/** Sets the marked span (offsets into the code), or clears it with `undefined`. */
export const setErrorMark = StateEffect.define<{ from: number; to: number } | undefined>();

const span = Decoration.mark({ class: "cm-error-span", attributes: { "aria-invalid": "true" } });
const line = Decoration.line({ class: "cm-error-line" });

const errorMarks = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, transaction) {
    // Any edit makes the old error stale: the next run says whether it is still there.
    let next = transaction.docChanged ? Decoration.none : marks;
    for (const effect of transaction.effects) {
      if (!effect.is(setErrorMark)) continue;
      const { value } = effect;
      next =
        value === undefined
          ? Decoration.none
          : Decoration.set([
              line.range(transaction.state.doc.lineAt(value.from).from),
              // A mark cannot be empty (an empty line has nothing to underline).
              ...(value.to > value.from ? [span.range(value.from, value.to)] : []),
            ]);
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

/** The editor extension that shows the mark. */
export const errorMarkExtension: Extension = [
  errorMarks,
  EditorView.baseTheme({
    ".cm-error-span": {
      textDecoration: "underline wavy var(--stderr)",
      textUnderlineOffset: "3px",
      textDecorationSkipInk: "none",
    },
  }),
];

/**
 * The span to mark at a 1-based line and column: the word there, or one character (the line's
 * end when the column is past it, as for a missing bracket at the end of a line).
 */
export function errorSpan(
  state: EditorState,
  lineNumber: number,
  column: number,
): { from: number; to: number } {
  const target = state.doc.line(Math.min(Math.max(lineNumber, 1), state.doc.lines));
  const from = Math.min(target.from + Math.max(column - 1, 0), target.to);
  const word = /^[\w$]+/.exec(state.doc.sliceString(from, target.to))?.[0].length ?? 1;
  const to = Math.min(from + word, target.to);
  // An empty line or the line's end has no character to underline: mark the one before it.
  return to > from ? { from, to } : { from: Math.max(target.from, from - 1), to: from };
}
