/**
 * The editor's marks for a shared version's changes: every line that differs from the sample's
 * original gets its line number marked and its background tinted, kept up to date as the visitor
 * edits. The original is given once (`setChangeBase`); the marks follow the code. Marks go on the
 * line numbers' own gutter, so an editor with nothing marked looks as it did.
 */
import { RangeSet, StateEffect, StateField, type EditorState, type Extension } from "@codemirror/state";
import { Decoration, EditorView, GutterMarker, gutterLineClass, type DecorationSet } from "@codemirror/view";
import { lineDiff } from "./line-diff.ts";

/** Sets the code the shown version is compared with, or `undefined` for no marks. */
export const setChangeBase = StateEffect.define<string | undefined>();

class ChangedLine extends GutterMarker {
  override elementClass = "cm-changed-number";
}

const numberMark = new ChangedLine();
const tint = Decoration.line({ class: "cm-changed-line", attributes: { "data-changed-line": "" } });

interface ChangeMarks {
  base: string | undefined;
  lines: DecorationSet;
  numbers: RangeSet<GutterMarker>;
}

const none: ChangeMarks = {
  base: undefined,
  lines: Decoration.none,
  numbers: RangeSet.empty as RangeSet<GutterMarker>,
};

function marksFor(base: string | undefined, state: EditorState): ChangeMarks {
  if (base === undefined) return none;
  const starts = lineDiff(base, state.doc.toString()).changed.map((number) => state.doc.line(number).from);
  return {
    base,
    lines: Decoration.set(starts.map((from) => tint.range(from))),
    numbers: RangeSet.of(starts.map((from) => numberMark.range(from))),
  };
}

const changeMarks = StateField.define<ChangeMarks>({
  create: () => none,
  update(marks, transaction) {
    let base = marks.base;
    for (const effect of transaction.effects) if (effect.is(setChangeBase)) base = effect.value;
    if (base === marks.base && !transaction.docChanged) return marks;
    return marksFor(base, transaction.state);
  },
  provide: (field) => [
    EditorView.decorations.from(field, (marks) => marks.lines),
    gutterLineClass.from(field, (marks) => marks.numbers),
  ],
});

/** The editor extension that shows the marks. */
export const changeMarksExtension: Extension = [
  changeMarks,
  EditorView.baseTheme({
    ".cm-changed-number": {
      color: "var(--accent)",
      fontWeight: "bold",
      boxShadow: "inset -3px 0 var(--accent)",
    },
    ".cm-changed-line": { backgroundColor: "color-mix(in srgb, var(--accent) 10%, transparent)" },
  }),
];
