/**
 * Click to edit: a click or tap on the highlighted code goes into the editor with the caret where
 * it landed, and Enter on the focused code box does the same for keyboard users. The editor loads
 * lazily, so the click point is turned into a text offset at once, while the highlighted `<pre>`
 * is still there, and keys typed before the editor is ready are kept and typed in for the learner.
 */
import type { CodeEditor } from "./code-editor.browser.ts";
import { textOffsetIn } from "./click-offset.ts";

/** The node and offset under a viewport point, in either of the two APIs browsers offer. */
function caretAt(x: number, y: number): { node: Node; offset: number } | undefined {
  if ("caretPositionFromPoint" in document) {
    const position = document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  // Safari before 18.4 has only the older, non-standard call.
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the fallback for those browsers.
  const range = (document as Document).caretRangeFromPoint(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

/** The offset in the highlighted code under a pointer, or `undefined` off the code. */
function offsetUnder(box: HTMLElement, event: PointerEvent): number | undefined {
  const pre = box.querySelector("pre");
  const hit = caretAt(event.clientX, event.clientY);
  if (pre === null || hit === undefined) return undefined;
  return textOffsetIn(pre, hit.node, hit.offset);
}

const isMounted = (box: HTMLElement) => box.querySelector(".cm-editor") !== null;
const fromEditor = (event: Event) => (event.target as Element).closest(".cm-editor") !== null;

/**
 * Wires `box` (a sample's `[data-editor="ts"]`): `editor` loads the editor (once) and resolves to it.
 */
export function enterOnClick(box: HTMLElement, editor: () => Promise<CodeEditor>): void {
  let pending = false;

  /** Goes into the editor at `at`, typing whatever the learner typed while it loaded. */
  const enter = (at: number | undefined) => {
    if (pending) return;
    pending = true;
    let typed = "";
    // While the editor loads, focus may be on the <pre> (soon hidden) or on <body>: keys are
    // caught on the document, so typing right after the click is not lost.
    const keep = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      if (event.key.length === 1) typed += event.key;
      else if (event.key === "Enter") typed += "\n";
      else if (event.key === "Backspace") typed = typed.slice(0, -1);
      else return;
      event.preventDefault();
    };
    document.addEventListener("keydown", keep, true);
    void editor()
      .then((view) => (at === undefined ? view.focus() : view.editAt(at, typed)))
      .finally(() => {
        document.removeEventListener("keydown", keep, true);
        pending = false;
      });
  };

  let clicked: number | undefined;
  box.addEventListener("pointerdown", (event) => {
    // Once the editor is there, CodeMirror places the caret itself.
    clicked = isMounted(box) || event.button !== 0 ? undefined : (offsetUnder(box, event) ?? 0);
  });
  box.addEventListener("click", () => {
    if (clicked === undefined) return;
    const at = clicked;
    clicked = undefined;
    enter(at);
  });
  box.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
    if (fromEditor(event) || event.defaultPrevented) return;
    event.preventDefault();
    // The first Enter starts at the top; later ones return to where the learner left off.
    enter(isMounted(box) ? undefined : 0);
  });
}
