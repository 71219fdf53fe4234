/**
 * The editor's colours, one set per site theme, taken from the same palettes as the static code
 * (VS Code's Light+ and Dark+, see code-themes.ts), so a sample does not change colour when its
 * editor opens. Every token and the line numbers keep at least 4.5:1 contrast on their background,
 * which CodeMirror's default light style and One Dark miss (axe checks the page with the editor open).
 */
import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import type { Extension } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { tags } from "@lezer/highlight";

interface Palette {
  dark: boolean;
  background: string;
  text: string;
  gutter: string;
  activeLine: string;
  selection: string;
  cursor: string;
  keyword: string;
  control: string;
  string: string;
  number: string;
  comment: string;
  functionName: string;
  typeName: string;
  variable: string;
}

const lightPlus: Palette = {
  dark: false,
  background: "#ffffff",
  text: "#000000",
  gutter: "#616161",
  activeLine: "#eef3fb",
  selection: "#add6ff",
  cursor: "#000000",
  keyword: "#0000ff",
  control: "#af00db",
  string: "#a31515",
  number: "#098658",
  comment: "#008000",
  functionName: "#795e26",
  typeName: "#267f99",
  variable: "#001080",
};

const darkPlus: Palette = {
  dark: true,
  background: "#1e1e1e",
  text: "#d4d4d4",
  gutter: "#a0a0a0",
  activeLine: "#2a2d2e",
  selection: "#264f78",
  cursor: "#aeafad",
  keyword: "#569cd6",
  control: "#c586c0",
  string: "#ce9178",
  number: "#b5cea8",
  comment: "#6a9955",
  functionName: "#dcdcaa",
  typeName: "#4ec9b0",
  variable: "#9cdcfe",
};

function editorTheme(palette: Palette): Extension {
  const chrome = EditorView.theme(
    {
      "&": { color: palette.text, backgroundColor: palette.background },
      // The site's focus ring (3 px, --focus), not CodeMirror's thin dotted outline.
      "&.cm-focused": { outline: "3px solid var(--focus)", outlineOffset: "2px" },
      ".cm-content": { caretColor: palette.cursor },
      ".cm-cursor, .cm-dropCursor": { borderLeftColor: palette.cursor },
      ".cm-gutters": { backgroundColor: palette.background, color: palette.gutter, border: "none" },
      ".cm-activeLine, .cm-activeLineGutter": { backgroundColor: palette.activeLine },
      "&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection": {
        backgroundColor: palette.selection,
      },
    },
    { dark: palette.dark },
  );
  const highlight = HighlightStyle.define([
    { tag: [tags.keyword, tags.bool, tags.null, tags.self, tags.definitionKeyword], color: palette.keyword },
    { tag: [tags.controlKeyword, tags.moduleKeyword, tags.operatorKeyword], color: palette.control },
    { tag: [tags.string, tags.special(tags.string), tags.regexp], color: palette.string },
    { tag: [tags.number], color: palette.number },
    { tag: [tags.comment, tags.lineComment, tags.blockComment], color: palette.comment },
    {
      tag: [tags.function(tags.variableName), tags.function(tags.propertyName)],
      color: palette.functionName,
    },
    { tag: [tags.typeName, tags.className, tags.namespace], color: palette.typeName },
    { tag: [tags.variableName, tags.propertyName, tags.attributeName], color: palette.variable },
    { tag: tags.invalid, color: palette.string, textDecoration: "underline" },
  ]);
  return [chrome, syntaxHighlighting(highlight)];
}

/** The editor's look for the light site theme. */
export const lightEditorTheme = editorTheme(lightPlus);
/** The editor's look for the dark site theme. */
export const darkEditorTheme = editorTheme(darkPlus);
