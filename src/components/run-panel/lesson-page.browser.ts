/**
 * The only runner script a lesson page loads up front, and it is tiny: it waits for the learner.
 * A click on a sample's button, focus on its code, or Ctrl/Cmd+Enter loads the runner; focus on
 * the code also loads the editor; a click on the code (or Enter on its box) goes into the editor;
 * a reach for Run (a pointer moving over it, focus on it, a press) starts the runtimes: the built-in
 * runtime's sandbox and thread, and the WebContainer's boot, and fetches the sample's prebuilt run; a share link, a stored edit or a
 * stored draft is applied at once, and edits made in another tab show here.
 *
 * Nothing starts while a learner only reads: every chapter is its own page, and a boot on scroll
 * cost each chapter read a cold boot (about 10 s of download and CPU) and, where StackBlitz meters
 * sessions, a session, for runs that mostly never came. The sandbox too waits for a reach, not for
 * the page to go idle: in Chromium it is a process and a thread, work a page that is only read
 * should not do (issue 22), and a reach comes a few hundred milliseconds before the click.
 */
import { browserStorage } from "../../learner/browser-storage.ts";
import { readShareFragment } from "../../learner/share-fragment.ts";
import { draftKey, editKey, storageKeyPrefix } from "../../learner/storage-keys.ts";
import { preloadRuntime } from "../../runner/worker/runtime-url.ts";
import { enterOnClick } from "./click-to-edit.browser.ts";
import { prebuiltJsonOf } from "./prebuilt-fetch.browser.ts";
import { runBoxId, runBoxSelector } from "./run-box.ts";

type Controller = typeof import("./sample-controller.browser.ts");

let controller: Promise<Controller> | undefined;
const load = (): Promise<Controller> => (controller ??= import("./sample-controller.browser.ts"));

const roots = [...document.querySelectorAll<HTMLElement>(runBoxSelector)];

async function act(root: HTMLElement, action: string | undefined): Promise<void> {
  if (action === "run") prepareForRun(root);
  const runner = await load();
  if (action === "run") await runner.runSample(root);
  else if (action === "stop") runner.stopSample(root);
  else if (action === "reset") await runner.resetSample(root);
  else if (action === "copy") await runner.copySample(root);
  else if (action === "share") await runner.shareSample(root);
}

/**
 * Run is on its way: the runtime's download starts now, alongside the run controller's, not after
 * the runtime's own code has loaded to ask for it, and so does the fetch of the sample's prebuilt run.
 */
function prepareForRun(root: HTMLElement): void {
  void prebuiltJsonOf(root);
  preloadRuntime();
  void import("./runtime-selection.browser.ts").then((runtime) => runtime.prepareForRun());
}

for (const root of roots) {
  // A pointer moving over Run (or focus on it) comes a few hundred milliseconds before its click, a
  // press a few dozen: each is a reach for Run, so the runtime's download and the WebContainer's
  // boot start then. Runs never wait for the boot, so starting it this late costs a run nothing.
  // `pointermove`, not `pointerover`: a wheel scrolling the page under a resting pointer sends
  // `pointerover` as each Run passes beneath it (measured in Chromium), and reading is no reach.
  let reached = false;
  const reach = (event: Event): void => {
    if (reached || (event.target as Element).closest('[data-action="run"]') === null) return;
    reached = true;
    prepareForRun(root);
  };
  for (const type of ["pointermove", "pointerdown", "focusin"]) root.addEventListener(type, reach);
  root.addEventListener("click", (event) => {
    // A `main.ts:L:C` in the output (output-console.browser.ts): into the editor, at that place.
    const position = (event.target as Element).closest<HTMLElement>("a.run-position");
    if (position !== null && root.contains(position)) {
      event.preventDefault();
      const { line, column } = position.dataset;
      void load().then((runner) => runner.goToPosition(root, Number(line), Number(column)));
      return;
    }
    const button = (event.target as Element).closest<HTMLElement>("[data-action]");
    if (button !== null && root.contains(button)) void act(root, button.dataset["action"]);
  });
  const editor = root.querySelector<HTMLElement>('[data-editor="ts"]');
  // The editor loads when the learner reaches for the code: a click or Tab into it (`focusin`,
  // since a click lands on the highlighted <pre> inside, which is focusable too), not on Run.
  // Focus stays where it is; a click or Enter then goes in (click-to-edit.browser.ts).
  editor?.addEventListener("focusin", () => void load().then((runner) => runner.activateEditor(root)), {
    once: true,
  });
  if (editor) enterOnClick(editor, () => load().then((runner) => runner.activateEditor(root)));
  root.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && !event.defaultPrevented) {
      event.preventDefault();
      void act(root, "run");
    }
  });
}

if (roots.length > 0) {
  // A share link opens its code as a draft of one sample; every sample gets its stored edit back,
  // that one too, so a link that cannot be opened leaves the box showing what Run runs.
  if (readShareFragment(location.hash) !== undefined) {
    void import("./share-open.browser.ts").then(({ openShareLink }) => openShareLink(roots));
  }
  // A share link opened in a tab already on this page changes only the fragment: no reload.
  addEventListener("hashchange", () => {
    if (readShareFragment(location.hash) === undefined) return;
    void import("./share-open.browser.ts").then(({ openShareLink }) => openShareLink(roots));
  });
  const edited = roots.filter(
    (root) => hasStored(editKey(runBoxId(root))) || hasStored(draftKey(runBoxId(root))),
  );
  if (edited.length > 0) {
    void load().then(async (runner) => {
      for (const root of edited) await runner.showVersion(root);
    });
  }
  // Another tab of this site stored an edit or a draft: this page shows it rather than later saving
  // its own older copy over it unseen. Other keys (progress, settings) are not the learner's code.
  addEventListener("storage", (event) => {
    if (!event.key?.startsWith(storageKeyPrefix)) return;
    const root = roots.find((candidate) =>
      [editKey, draftKey].some((key) => key(runBoxId(candidate)) === event.key),
    );
    if (root === undefined) return;
    const version = event.key === editKey(runBoxId(root)) ? "own" : "draft";
    void load().then((runner) => runner.changedInAnotherTab(root, version, event.newValue));
  });
}

function hasStored(key: string): boolean {
  try {
    return browserStorage().getItem(key) !== null;
  } catch {
    return false;
  }
}
