/**
 * The only Python script a lesson page loads up front, and it is tiny: it waits for the learner.
 * It serves a sample's Python and an exercise's Python version alike.
 * A pointer moving onto Run Python (or focus on it) is the intent that starts Python's download; a
 * button that merely passes under a resting pointer while the page scrolls is not. A click,
 * or Ctrl/Cmd+Enter in the Python code, runs it; a reach for the Python code loads its editor, as
 * does a Python edit the learner made on an earlier visit (kept like a TypeScript edit), so the page
 * shows it from the start.
 */
import { browserStorage } from "../../learner/browser-storage.ts";
import { editKey } from "../../learner/storage-keys.ts";
import { enterOnClick } from "../run-panel/click-to-edit.browser.ts";
import { runBoxId, runBoxSelector } from "../run-panel/run-box.ts";

function hasKeptPythonEdit(id: string): boolean {
  try {
    return browserStorage().getItem(editKey(id, "py")) !== null;
  } catch {
    return false;
  }
}

type Controller = typeof import("./python-controller.browser.ts");

let controller: Promise<Controller> | undefined;
const load = (): Promise<Controller> => (controller ??= import("./python-controller.browser.ts"));

// Samples, and exercises with a Python version: the same Python panel in both.
for (const root of document.querySelectorAll<HTMLElement>(runBoxSelector)) {
  const button = root.querySelector<HTMLElement>('[data-action="run-python"]');
  const editor = root.querySelector<HTMLElement>('[data-editor="py"]');
  if (button === null || editor === null) continue;
  const prepare = () => void load().then((python) => python.preparePython(root));
  // A move, not `pointerover`: that also fires when the wheel scrolls a button under a resting
  // pointer, and the download is about 14 MB. Once per time the pointer comes onto the button.
  let pointerOn = false;
  button.addEventListener("pointermove", () => {
    if (pointerOn) return;
    pointerOn = true;
    prepare();
  });
  button.addEventListener("pointerleave", () => (pointerOn = false));
  button.addEventListener("pointerdown", prepare);
  button.addEventListener("focusin", prepare);
  button.addEventListener("click", () => void load().then((python) => python.runPython(root)));
  // Before the sample's own Ctrl+Enter (which runs the TypeScript) sees it: this one is Python's.
  editor.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey) || event.defaultPrevented) return;
    event.preventDefault();
    void load().then((python) => python.runPython(root));
  });
  editor.addEventListener("focusin", () => void load().then((python) => python.activatePythonEditor(root)), {
    once: true,
  });
  enterOnClick(editor, () => load().then((python) => python.activatePythonEditor(root)));
  root
    .querySelector('[data-action="reset-python"]')
    ?.addEventListener("click", () => void load().then((python) => python.resetPython(root)));
  if (hasKeptPythonEdit(runBoxId(root))) void load().then((python) => python.activatePythonEditor(root));
}
