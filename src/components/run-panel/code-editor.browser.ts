/**
 * The TypeScript editor: CodeMirror 6 (TypeScript mode, line numbers, undo history), loaded only
 * when a learner reaches for the code. The box around it stays the one tab stop: Enter (or a
 * click) goes into the editor, Escape comes back out to the box, and Tab never indents, so it
 * always moves on and never traps keyboard users. Ctrl/Cmd+Enter runs.
 */
import { basicSetup } from "codemirror";
import { javascript } from "@codemirror/lang-javascript";
import { Compartment, EditorSelection, EditorState, Prec, type Extension } from "@codemirror/state";
import { EditorView, keymap } from "@codemirror/view";
import { darkEditorTheme, lightEditorTheme } from "./editor-theme.browser.ts";
import { changeMarksExtension, setChangeBase } from "./change-marks.browser.ts";
import { errorMarkExtension, errorSpan, setErrorMark } from "./error-mark.browser.ts";

/** What the runner needs from an editor. */
export interface CodeEditor {
  getCode(): string;
  /** Replaces the code as one undoable change. */
  setCode(code: string): void;
  /**
   * Replaces the code and forgets the undo history, as if the editor had opened on it: for moving
   * between versions (the learner's own, a shared draft), so Undo never carries one into the other.
   */
  loadCode(code: string): void;
  /** Puts the cursor on a 1-based line and column, to point at an error. */
  showPosition(line: number, column: number): void;
  /** Underlines the error at a 1-based line and column and marks its line, with the caret there. */
  markError(line: number, column: number): void;
  /** Marks the lines that differ from `original` as the code changes; `undefined` clears the marks. */
  markChangesFrom(original: string | undefined): void;
  /** Focuses the editor with the caret at `at` (an offset into the code), then types `typed` there. */
  editAt(at: number, typed: string): void;
  focus(): void;
}

/** Options for {@link mountEditor}. */
export interface EditorOptions {
  code: string;
  label: string;
  onChange: (code: string) => void;
  onRun: () => void;
  /** The language mode; TypeScript when left out (the Python editor passes Python's). */
  language?: Extension;
}

const isDark = () => document.documentElement.dataset["theme"] === "dark";

/** Replaces the static code inside `container` with a live editor. */
export function mountEditor(container: HTMLElement, options: EditorOptions): CodeEditor {
  const theme = new Compartment();
  const extensions = () => [
    Prec.highest(
      keymap.of([
        { key: "Mod-Enter", run: () => (options.onRun(), true) },
        {
          key: "Escape",
          run: () => {
            view.contentDOM.blur();
            container.focus();
            return true;
          },
        },
      ]),
    ),
    basicSetup,
    options.language ?? javascript({ typescript: true }),
    theme.of(isDark() ? darkEditorTheme : lightEditorTheme),
    errorMarkExtension,
    changeMarksExtension,
    // No soft wrap: a wrapped line restarting at column 0 misreads as dedented code. Long lines
    // scroll sideways, with a shade at the clipped edge (code-shape.css).
    // Out of the tab order: the box is the tab stop, and Enter on it comes in here.
    EditorView.contentAttributes.of({ "aria-label": options.label, tabindex: "-1" }),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) options.onChange(update.state.doc.toString());
    }),
  ];
  const view: EditorView = new EditorView({ doc: options.code, extensions: extensions() });
  // The static highlighted code stays behind, hidden on screen, so a printed chapter shows the
  // sample as written rather than the live editor (which renders only the lines in view).
  for (const child of container.children) child.setAttribute("data-print-copy", "");
  container.append(view.dom);
  // Follow the site's theme switch.
  new MutationObserver(() =>
    view.dispatch({ effects: theme.reconfigure(isDark() ? darkEditorTheme : lightEditorTheme) }),
  ).observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  return {
    getCode: () => view.state.doc.toString(),
    setCode: (code) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code } }),
    loadCode: (code) => view.setState(EditorState.create({ doc: code, extensions: extensions() })),
    showPosition: (line, column) => {
      const target = view.state.doc.line(Math.min(Math.max(line, 1), view.state.doc.lines));
      const at = Math.min(target.from + Math.max(column - 1, 0), target.to);
      view.dispatch({ selection: EditorSelection.cursor(at), scrollIntoView: true });
    },
    markError: (line, column) => {
      const span = errorSpan(view.state, line, column);
      view.dispatch({
        effects: setErrorMark.of(span),
        selection: EditorSelection.cursor(span.from),
        scrollIntoView: true,
      });
    },
    markChangesFrom: (original) => view.dispatch({ effects: setChangeBase.of(original) }),
    editAt: (at, typed) => {
      const from = Math.min(Math.max(at, 0), view.state.doc.length);
      view.focus();
      view.dispatch({
        changes: { from, insert: typed },
        selection: EditorSelection.cursor(from + typed.length),
        scrollIntoView: true,
        userEvent: "input.type",
      });
    },
    focus: () => view.focus(),
  };
}
