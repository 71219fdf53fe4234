/**
 * Run Python for one sample: the page's one Python host (downloaded on the learner's first reach,
 * with progress, then booted once), the Python editor, and the Run itself, which reports through
 * the sample's run state, console and result view exactly as a TypeScript Run does.
 */
import { python as pythonLanguage } from "@codemirror/lang-python";
import { pageLocale } from "../../i18n/page-locale.browser.ts";
import { pythonTables, type PythonTextKey } from "../../i18n/text/python.ts";
import { translator } from "../../i18n/translate.ts";
import {
  downloadPythonFiles,
  PythonUnavailableError,
  type PythonFiles,
} from "../../runner/python/python-download.browser.ts";
import { PythonHost } from "../../runner/python/python-host.browser.ts";
import { startPythonRunPipeline } from "../../runner/python/python-pipeline.ts";
import type { CodeEditor } from "../run-panel/code-editor.browser.ts";
import { renderProgress, renderRunResult } from "../run-panel/run-result-view.browser.ts";
import { recordProgress } from "../run-panel/run-progress.browser.ts";
import { runLimits } from "../run-panel/run-limits.browser.ts";
import {
  clearPreviousRun,
  originalCode,
  part,
  setRunState,
  setStatus,
  stateOf,
  storageOutlivesPage,
  store,
} from "../run-panel/sample-state.browser.ts";
import { sayEditNotKept } from "../run-panel/storage-notice.browser.ts";
import { copyAndSay } from "../copy-python.browser.ts";
import { pythonWorkerUrl } from "../../runner/python/python-worker-url.ts";
import { runBoxId } from "../run-panel/run-box.ts";

const say = translator(pythonTables, pageLocale());
const megabytes = (bytes: number) => (bytes / 1_000_000).toFixed(1);

let files: Promise<PythonFiles> | undefined;
let host: PythonHost | undefined;
let booting: Promise<PythonHost> | undefined;
/** Every sample waiting for Python hears its download's progress. */
const progressListeners = new Set<(loaded: number, total: number) => void>();

function pythonFiles(): Promise<PythonFiles> {
  files ??= downloadPythonFiles((loaded, total) => {
    for (const listener of progressListeners) listener(loaded, total);
  }).catch((error: unknown) => {
    files = undefined; // a failed download is tried again on the next reach
    throw error;
  });
  return files;
}

function pythonHost(): PythonHost {
  host ??= new PythonHost({
    files: pythonFiles,
    workerScript: async () => {
      const response = await fetch(pythonWorkerUrl);
      if (!response.ok) throw new Error(`${pythonWorkerUrl} answered ${response.status}.`);
      return response.text();
    },
  });
  return host;
}

function pythonStatus(root: HTMLElement, message: string, withLocalRoute = false): void {
  const status = part(root, "[data-python-status]");
  status.textContent = message;
  if (!withLocalRoute) return;
  const link = document.createElement("a");
  link.href = `/${pageLocale()}/run-python/`;
  link.textContent = root.querySelector(`a[href$="/run-python/"]`)?.textContent ?? "run-python";
  status.append(" ", link);
}

function unavailableMessage(error: unknown): { message: string; localRoute: boolean } {
  const detail = error instanceof Error ? error.message : String(error);
  if (!(error instanceof PythonUnavailableError))
    return { message: say("unavailableDownload", { reason: detail }), localRoute: true };
  const keys: Record<PythonUnavailableError["why"], PythonTextKey> = {
    "no-jspi": "unavailableNoJspi",
    "not-built": "unavailableNotBuilt",
    "download-failed": "unavailableDownload",
    "boot-failed": "unavailableBootFailed",
    "stopped-starting": "unavailableStopped",
  };
  return { message: say(keys[error.why], { reason: detail }), localRoute: true };
}

/** Starts Python's download and boot (once per page), showing progress in the sample at `root`. */
export function preparePython(root: HTMLElement): Promise<PythonHost> {
  const showProgress = (loaded: number, total: number) =>
    pythonStatus(root, say("preparing", { loaded: megabytes(loaded), total: megabytes(total) }));
  progressListeners.add(showProgress);
  booting ??= pythonFiles()
    .then(() => {
      for (const listener of progressListeners) listener(Number.NaN, Number.NaN);
      return pythonHost().boot();
    })
    .then(() => pythonHost())
    .catch((error: unknown) => {
      booting = undefined;
      throw error;
    });
  const done = booting.finally(() => progressListeners.delete(showProgress));
  void done.then(
    () => pythonStatus(root, ""),
    (error: unknown) => {
      const { message, localRoute } = unavailableMessage(error);
      pythonStatus(root, message, localRoute);
    },
  );
  void pythonFiles().then(
    () => {
      if (progressListeners.has(showProgress)) pythonStatus(root, say("starting"));
    },
    () => undefined,
  );
  return done;
}

const editors = new WeakMap<HTMLElement, Promise<CodeEditor>>();

/** Shows Reset and the edited marker while the sample's Python differs from the original. */
function markPythonEdited(root: HTMLElement, edited: boolean): void {
  root.dataset["pythonEdited"] = String(edited);
  part(root, '[data-action="reset-python"]').hidden = !edited;
  part(root, "[data-python-edited-marker]").hidden = !edited;
}

/** The learner changed the Python: it is kept for the next visit, as a TypeScript edit is. */
function pythonChanged(root: HTMLElement, code: string): void {
  const original = originalPython(root);
  const kept = store.saveEdit(runBoxId(root), code, original, "py");
  if (!kept || !storageOutlivesPage) sayEditNotKept(root);
  markPythonEdited(root, code !== original);
}

/**
 * Loads CodeMirror into the sample's Python (once) and returns the editor, showing the learner's
 * kept edit if there is one. Copy then copies what the editor holds, not the static code.
 */
export function activatePythonEditor(root: HTMLElement): Promise<CodeEditor> {
  let editor = editors.get(root);
  if (editor === undefined) {
    const code = store.loadEdit(runBoxId(root), "py") ?? originalPython(root);
    editor = import("../run-panel/code-editor.browser.ts").then(({ mountEditor }) => {
      const mounted = mountEditor(part(root, '[data-editor="py"]'), {
        code,
        label: say("pythonEditorLabel"),
        onChange: (changed) => pythonChanged(root, changed),
        onRun: () => void runPython(root),
        language: pythonLanguage(),
      });
      markPythonEdited(root, code !== originalPython(root));
      copyFromEditor(root, mounted);
      return mounted;
    });
    editors.set(root, editor);
  }
  return editor;
}

/** Back to the sample's Python; undoable in the editor (Ctrl+Z), and the kept edit is forgotten. */
export async function resetPython(root: HTMLElement): Promise<void> {
  const editor = await activatePythonEditor(root);
  editor.setCode(originalPython(root));
  pythonStatus(root, say("pythonResetDone"));
}

/**
 * Copy in the Python bar copies the page's static code (copy-python.browser.ts, loaded without the
 * editor); once the editor is there, it copies what the editor holds, which may be an edit.
 */
function copyFromEditor(root: HTMLElement, editor: CodeEditor): void {
  const button = root.querySelector<HTMLButtonElement>("button[data-copy-python]");
  button?.addEventListener("click", (event) => {
    // Before the page-wide handler, which would copy the static code.
    event.stopPropagation();
    copyAndSay(button, editor.getCode());
  });
}

const originalPython = (root: HTMLElement): string => originalCode(root, "py");

/**
 * Runs the sample's Python; a run already going in the sample (either language) is stopped first.
 * An exercise's Python is judged as its TypeScript is, with its Python check (the probe, with this
 * run's words, goes to the host beside the code), and either language's pass solves it.
 */
export async function runPython(root: HTMLElement): Promise<void> {
  const state = stateOf(root);
  const runNumber = (state.runNumber += 1);
  state.run?.stop();
  state.run = undefined;
  part(root, ".run-output").hidden = false;
  clearPreviousRun(root, state);
  setRunState(root, "running");
  setStatus(root, say("running"));
  const verdictView =
    root.dataset["checkPython"] === undefined
      ? undefined
      : await import("../run-panel/exercise-verdict.browser.ts");
  const exercise = verdictView?.exerciseRunOf(root, "py");
  const editor = editors.get(root);
  const code = editor === undefined ? originalPython(root) : (await editor).getCode();
  if (state.runNumber !== runNumber) return;
  const { python, probe } = exercise?.program(code) ?? { python: code };
  const limits = runLimits();
  const run = startPythonRunPipeline({
    python,
    probe,
    host: preparePython(root),
    ...limits,
    onProgress: (progress) => renderProgress(state, progress),
  });
  state.run = run;
  try {
    const result = await run.result;
    if (state.runNumber !== runNumber) return;
    // The summary (and the run state "done") comes once the last line is on the page, as it came
    // after the last line printed: lines are drawn a frame at a time (output-console.browser.ts).
    await state.output.drained();
    if (state.runNumber !== runNumber) return;
    state.run = undefined;
    renderRunResult(root, state, result, { timeLimitMs: limits.timeLimitMs });
    if (result.kind !== "finished") return;
    // Judged from the result alone, as a TypeScript run is; then shown, then saved. A Python run
    // that went to its end counts as running the sample, as a TypeScript one does.
    const verdict = exercise?.judge(result);
    if (verdict !== undefined) verdictView?.renderVerdict(root, verdict);
    recordProgress(state.id, result, verdict);
  } catch (error) {
    if (state.runNumber !== runNumber) return;
    state.run = undefined;
    const { message } = unavailableMessage(error);
    state.output.note(message);
    await state.output.drained();
    setRunState(root, "error");
    setStatus(root, message);
  }
}
