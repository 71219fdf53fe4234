/**
 * The page's runtimes (see select-host.ts): started once, when the learner first reaches for Run
 * (a pointer over it, focus on it, a press) or first runs code; never because a sample was read. `<html data-runtime>` names the runtime the next run goes to, and
 * `<html data-runtime-status>` why ("starting", "ready", or the reason for the built-in runtime).
 */
import { browserStorage } from "../../learner/browser-storage.ts";
import { createBootMarker } from "../../learner/boot-marker.ts";
import { createLearnerStore } from "../../learner/learner-store.ts";
import {
  bootBudgetMs,
  createRuntimeChoice,
  isAppleMobile,
  kindFor,
  rememberFailureMs,
  type RuntimeChoice,
  type RuntimeStatus,
} from "../../runner/select-host.ts";
import { createTabCensus, maxContainerTabs, TabLimitError, type TabCensus } from "../../runner/tab-census.ts";
import { probeAfterMs, probeHost } from "../../runner/webcontainer/host-reachability.ts";
import type { RunnerHost } from "../../runner/types.ts";
import { WorkerHost } from "../../runner/worker/worker-host.browser.ts";

let choice: RuntimeChoice | undefined;

function markPage(status: RuntimeStatus): void {
  const root = document.documentElement;
  root.dataset["runtime"] = kindFor(status);
  root.dataset["runtimeStatus"] = status.state === "worker" ? status.reason : status.state;
}

/**
 * The end-to-end specs' stand-in for `WebContainer.boot()`, which cannot boot without
 * stackblitz.com. A spec defines it before the page loads; a learner's code cannot, as it runs in
 * a sandboxed frame with another origin.
 */
declare global {
  var asyncTourBootStandIn: (() => Promise<void>) | undefined;
}

async function bootWebContainer(): Promise<RunnerHost> {
  if (typeof globalThis.asyncTourBootStandIn === "function") {
    const { bootStandIn } = await import("./boot-stand-in.browser.ts");
    return bootStandIn(globalThis.asyncTourBootStandIn);
  }
  const { bootWebContainerHost } = await import("../../runner/webcontainer/load-webcontainer.browser.ts");
  return bootWebContainerHost();
}

/** This tab in the count of the site's tabs holding a container (none where there is no channel). */
const census: TabCensus =
  typeof BroadcastChannel === "function"
    ? createTabCensus(new BroadcastChannel("async-tour:webcontainer-tabs"))
    : { setHolding: () => undefined, countOthers: () => Promise.resolve(0) };

/** The page's one built-in runtime; creating it costs nothing until it is warmed up. */
const worker = new WorkerHost();

/** Runs the learner has asked for that have not answered yet. */
let runsStarting = 0;
/** Whoever waits for the runs being started to answer. */
const onRunsAnswered: (() => void)[] = [];
/** Longest a boot waits for a run that never answers (a press on Run that was not a click). */
const holdLimitMs = 3000;

/**
 * Holds the WebContainer's boot while a Run is starting. A boot makes a cross-origin frame (in
 * Chromium, a new process) and downloads megabytes; started beside the first Run, it took the CPU
 * the run needed (measured: the first line came about 40% later on a busy machine). Nobody waits
 * for the boot, so it can wait the fraction of a second until the run has answered.
 */
function holdBootForRun(): void {
  runsStarting += 1;
  let released = false;
  const release = (): void => {
    if (released) return;
    released = true;
    runsStarting -= 1;
    if (runsStarting > 0) return;
    for (const resolve of onRunsAnswered.splice(0)) resolve();
  };
  void worker.nextAnswer().then(release);
  setTimeout(release, holdLimitMs);
}

function noRunStarting(): Promise<void> {
  if (runsStarting === 0) return Promise.resolve();
  return new Promise((resolve) => onRunsAnswered.push(resolve));
}

function start(): RuntimeChoice {
  const started = createRuntimeChoice({
    environment: {
      crossOriginIsolated: globalThis.crossOriginIsolated,
      hasSharedArrayBuffer: typeof SharedArrayBuffer === "function",
      appleMobile: isAppleMobile(navigator),
    },
    memory: {
      ...createLearnerStore(browserStorage()),
      ...createBootMarker(browserStorage(() => globalThis.sessionStorage)),
    },
    bootWebContainer: () =>
      noRunStarting().then(async () => {
        const others = await census.countOthers();
        if (others >= maxContainerTabs) throw new TabLimitError(others);
        return bootWebContainer();
      }),
    makeWorkerHost: () => worker,
    bootBudgetMs,
    rememberFailureMs,
    now: () => Date.now(),
    probeHost: () =>
      probeHost(globalThis.fetch.bind(globalThis), () => ({
        crossOriginIsolated: globalThis.crossOriginIsolated,
        onLine: navigator.onLine,
      })),
    probeAfterMs,
  });
  // The built-in runtime is warmed up in every case: it takes every run until Node.js is ready.
  void worker.warmUp().catch(() => undefined);
  markPage(started.status());
  started.subscribe(markPage);
  // Booting or booted counts as holding a container: other tabs asking are told so.
  census.setHolding(started.status().state !== "worker");
  started.subscribe((status) => census.setHolding(status.state !== "worker"));
  // Leaving the page is not a crash (only a boot whose tab died stays marked), nor a failed boot;
  // Firefox cuts the page's requests short from `beforeunload` on, before `pagehide`. Listened to
  // only while a boot is under way: the listener keeps Firefox from caching the page for Back.
  const startLeaving = (): void => started.startLeaving();
  const watchLeaving = (status: RuntimeStatus): void => {
    if (status.state === "starting") addEventListener("beforeunload", startLeaving);
    else removeEventListener("beforeunload", startLeaving);
  };
  watchLeaving(started.status());
  started.subscribe(watchLeaving);
  addEventListener("pagehide", () => started.leavePage());
  // Back from the back-forward cache: the same page, its boot (if any) under way again.
  addEventListener("pageshow", (event) => {
    if (event.persisted) started.returnToPage();
  });
  return started;
}

/** Starts the runtimes (if not yet) and the built-in runtime's download: a Run is on its way. */
export function prepareForRun(): void {
  // A boot not begun yet waits for this run to answer; one already under way goes on.
  if (choice === undefined) holdBootForRun();
  void pageRuntime();
  worker.prefetchRuntime();
}

/** The page's runtimes, started on first use. Resolves at once: nothing here waits for a boot. */
export function pageRuntime(): Promise<RuntimeChoice> {
  choice ??= start();
  return Promise.resolve(choice);
}
