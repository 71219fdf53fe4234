/**
 * Chooses, for each run, which runtime takes it, so that a Run never waits for a boot. The built-in
 * runtime is always there; the WebContainer boots in the background and takes the runs that start
 * once it is ready. Nobody waits for the boot, so its budget can be one a real cold boot fits (real
 * cold boots take about 10 s; StackBlitz's own tools allow 30 s). A container that boots after the
 * budget, or after the learner chose the built-in runtime, is torn down: none is left running unused.
 * A failed boot is remembered for a while, so later pages do not try again without being asked.
 */
import { RuntimeUnsupportedError, type RunnerHost, type RuntimeKind } from "./types.ts";
import type { RuntimePreference } from "./runtimes.ts";
import { TabLimitError } from "./tab-census.ts";
import { belowNodeTestFloor, needsNodeTestFloor } from "./webcontainer/node-floor.ts";
import type { HostReachability } from "./webcontainer/host-reachability.ts";
import { givesUpBeforeBudget, verdictAtBudget } from "./hung-boot.ts";
import { createFailureMemory, leaveGraceMs } from "./failure-memory.ts";

/** Why the runs go to the built-in runtime. */
export type WorkerReason =
  | "preference"
  | "not-isolated"
  | "no-shared-array-buffer"
  | "apple-mobile"
  | "boot-failed"
  | "boot-timeout"
  /** The boot hung and the network does not reach the runtime's host (offline, or a filter). */
  | "host-unreachable"
  /** The boot hung although the runtime's host answers: StackBlitz did not start it for this site. */
  | "not-started-for-site"
  /** The boot hung, and the probe failed in a way either cause explains (see hung-boot.ts). */
  | "unreached-or-refused"
  | "failed-before"
  /** For one run: the container is being replaced after a Stop a busy loop ignored. */
  | "node-restarting"
  /** Enough other tabs of the site hold a container; `detail` says how many. */
  | "tab-limit"
  /** A boot began and never ended on an earlier page: that tab likely crashed while booting. */
  | "crashed-before"
  /** For one run: the program needs a newer Node.js than the container's (see node-floor.ts). */
  | "old-node";

/** Where the next run goes, and why; the page explains it to the learner. */
export type RuntimeStatus =
  { state: "starting" } | { state: "ready" } | { state: "worker"; reason: WorkerReason; detail?: string };

/** What the browser and the page allow, found once per page. */
export interface RuntimeEnvironment {
  crossOriginIsolated: boolean;
  hasSharedArrayBuffer: boolean;
  /** iPhone, iPad or iPod, where the WebContainer is not booted (see isAppleMobile). */
  appleMobile: boolean;
}

/** What is kept between pages (the learner store implements it over the browser's storage). */
export interface RuntimeMemory {
  runtimePreference(): RuntimePreference;
  saveRuntimePreference(value: RuntimePreference): boolean;
  webContainerFailedAt(): number | undefined;
  rememberWebContainerFailure(at: number): boolean;
  forgetWebContainerFailure(): boolean;
  webContainerBootingSince(): number | undefined;
  markWebContainerBooting(at: number): boolean;
  clearWebContainerBooting(): boolean;
}

/** What the choice depends on, passed in so the rules run under fake timers without a browser. */
export interface ChoiceInputs {
  environment: RuntimeEnvironment;
  memory: RuntimeMemory;
  bootWebContainer: () => Promise<RunnerHost>;
  makeWorkerHost: () => RunnerHost;
  /** How long a boot may take before the page stops counting on it. */
  bootBudgetMs: number;
  /** How long a failed boot keeps later pages from trying. */
  rememberFailureMs: number;
  now: () => number;
  /**
   * Asks whether the network reaches the runtime's host, for a boot still unsettled after
   * `probeAfterMs`: the real boot never settles offline nor on a refused site, and the learner
   * should hear which. Without it, a hung boot waits out its budget.
   */
  probeHost?: () => Promise<HostReachability>;
  probeAfterMs?: number;
  /** How long a failure after `beforeunload` waits for `pagehide` before it counts (failure-memory.ts). */
  leaveGraceMs?: number;
}

/** The page's runtimes. Every method returns at once. */
export interface RuntimeChoice {
  /** Where the next run goes. */
  status(): RuntimeStatus;
  /**
   * The host for a run of `code` starting now: the WebContainer if it is ready and its Node.js can
   * run the code, else the built-in runtime.
   */
  hostForRun(code?: string): { host: RunnerHost; status: RuntimeStatus };
  /** The learner's switch: the built-in runtime from the next run on, remembered. */
  useWorker(): void;
  /** The learner's switch: boot the WebContainer (again), forgetting a remembered failure. */
  tryWebContainer(): void;
  /**
   * The learner may be leaving (`beforeunload`): a boot that fails from now on is remembered only
   * if the page is still here a while later, as a navigation cuts its requests short.
   */
  startLeaving(): void;
  /**
   * The page is being left (`pagehide`): a boot under way did not crash the tab, and one that ends
   * from now on was abandoned by the learner, not failed, so it is not remembered as a failure.
   */
  leavePage(): void;
  /**
   * The page is shown again from the back-forward cache (`pageshow` with `persisted`): a boot still
   * under way is marked again, and one abandoned while the page was away is tried again.
   */
  returnToPage(): void;
  /** Calls `listener` on every change of status; returns the unsubscribe. */
  subscribe(listener: (status: RuntimeStatus) => void): () => void;
}

/** One day: how long a failed boot is remembered. */
export const rememberFailureMs = 24 * 60 * 60 * 1000;

/** How long a boot may take. */
export const bootBudgetMs = 30_000;

/**
 * True on iPhone, iPad and iPod, including an iPad that reports itself as a Mac (iPadOS does by
 * default; only its touch points give it away). Production users of the WebContainer API block it
 * there: the tab runs out of memory and reloads.
 *
 * @example isAppleMobile({ userAgent: navigator.userAgent, platform: navigator.platform, maxTouchPoints: 5 })
 */
export function isAppleMobile(device: {
  userAgent: string;
  platform: string;
  maxTouchPoints: number;
}): boolean {
  if (/\b(iPhone|iPad|iPod)\b/.test(device.userAgent)) return true;
  return /^Mac/.test(device.platform) && device.maxTouchPoints > 1;
}

/** What keeps this page from booting a WebContainer at all, whatever the learner chooses. */
export function environmentBlock(environment: RuntimeEnvironment): WorkerReason | undefined {
  if (!environment.crossOriginIsolated) return "not-isolated";
  if (!environment.hasSharedArrayBuffer) return "no-shared-array-buffer";
  if (environment.appleMobile) return "apple-mobile";
  return undefined;
}

/** The rules for a page's start: the reason the WebContainer is not booted, or undefined to boot it. */
export function reasonNotToBoot(
  environment: RuntimeEnvironment,
  memory: Pick<RuntimeMemory, "runtimePreference" | "webContainerFailedAt" | "webContainerBootingSince">,
  now: number,
  failureMemoryMs = rememberFailureMs,
): WorkerReason | undefined {
  // What the browser cannot do comes first: no switch of the learner's would change it.
  const blocked = environmentBlock(environment);
  if (blocked !== undefined) return blocked;
  const preference = memory.runtimePreference();
  if (preference === "worker") return "preference";
  // A learner (or a maintainer's check) who asked for the WebContainer gets a boot every time.
  if (preference === "webcontainer") return undefined;
  const failedAt = memory.webContainerFailedAt();
  if (failedAt !== undefined && now - failedAt >= 0 && now - failedAt < failureMemoryMs)
    return "failed-before";
  // A boot that began and neither ended nor saw its page left: the tab died while booting (a
  // browser that runs out of memory reloads it). Booting again would crash it again.
  const bootingSince = memory.webContainerBootingSince();
  if (bootingSince !== undefined && now - bootingSince >= 0 && now - bootingSince < failureMemoryMs)
    return "crashed-before";
  return undefined;
}

/**
 * The specific reason for the notice: a typed boot error wraps the API's own error, whose message
 * is the part a learner needs (the wrapper's "could not start" is what the notice already says).
 */
function messageOf(error: unknown): string {
  if (error instanceof RuntimeUnsupportedError && error.cause !== undefined) return messageOf(error.cause);
  return error instanceof Error ? error.message : String(error);
}

/** Starts the page's runtimes by the rules above: the boot, when allowed, begins at once. */
export function createRuntimeChoice(inputs: ChoiceInputs): RuntimeChoice {
  const listeners = new Set<(status: RuntimeStatus) => void>();
  let worker: RunnerHost | undefined;
  let container: RunnerHost | undefined;
  /** The boot in flight, also one past its budget: a retry adopts it rather than booting twice. */
  let booting: Promise<RunnerHost> | undefined;
  let budget: ReturnType<typeof setTimeout> | undefined;
  let probeTimer: ReturnType<typeof setTimeout> | undefined;
  /** What the probe of this boot found, if it has answered. */
  let reachability: HostReachability | undefined;
  let current: RuntimeStatus;
  const failures = createFailureMemory({
    remember: (at) => inputs.memory.rememberWebContainerFailure(at),
    now: inputs.now,
    graceMs: inputs.leaveGraceMs ?? leaveGraceMs,
  });

  const setStatus = (next: RuntimeStatus): void => {
    current = next;
    for (const listener of listeners) listener(next);
  };
  const wantsContainer = (): boolean => current.state === "starting";

  /** Remembers a failed boot for later pages, unless the learner abandoned it by leaving. */
  const rememberFailure = (): void => failures.failed(wantsContainer());

  const settle = (host: RunnerHost): void => {
    if (wantsContainer()) {
      clearTimeout(budget);
      container = host;
      inputs.memory.forgetWebContainerFailure();
      setStatus({ state: "ready" });
    } else host.dispose();
  };
  const fail = (error: unknown): void => {
    // Other tabs' containers are no failure of this browser's: nothing to remember for later pages.
    if (error instanceof TabLimitError) {
      if (!wantsContainer()) return;
      clearTimeout(budget);
      setStatus({ state: "worker", reason: "tab-limit", detail: String(error.others) });
      return;
    }
    rememberFailure();
    if (!wantsContainer()) return;
    clearTimeout(budget);
    setStatus({ state: "worker", reason: "boot-failed", detail: messageOf(error) });
  };

  const giveUp = (reason: WorkerReason): void => {
    clearTimeout(budget);
    clearTimeout(probeTimer);
    rememberFailure();
    setStatus({ state: "worker", reason });
  };

  const probe = (): void => {
    const probeHost = inputs.probeHost;
    if (probeHost === undefined) return;
    probeTimer = setTimeout(() => {
      if (!wantsContainer()) return;
      void probeHost().then((found) => {
        // A request cut short by leaving the page looks like an unreachable host: it says nothing.
        if (failures.away()) return;
        reachability = found;
        // Offline, the boot can never finish: the learner need not sit out the budget.
        if (givesUpBeforeBudget(found) && wantsContainer() && booting !== undefined)
          giveUp("host-unreachable");
      });
    }, inputs.probeAfterMs ?? 0);
  };

  const boot = (): void => {
    clearTimeout(budget);
    clearTimeout(probeTimer);
    reachability = undefined;
    setStatus({ state: "starting" });
    budget = setTimeout(() => {
      if (!wantsContainer()) return;
      const verdict = verdictAtBudget(reachability);
      if (verdict.warning !== undefined) console.warn(verdict.warning);
      giveUp(verdict.reason);
    }, inputs.bootBudgetMs);
    probe();
    if (booting !== undefined) return;
    inputs.memory.markWebContainerBooting(inputs.now());
    let started: Promise<RunnerHost>;
    try {
      started = inputs.bootWebContainer();
    } catch (error) {
      started = Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    booting = started;
    started.then(
      (host) => {
        clearTimeout(probeTimer);
        booting = undefined;
        inputs.memory.clearWebContainerBooting();
        settle(host);
      },
      (error: unknown) => {
        clearTimeout(probeTimer);
        booting = undefined;
        inputs.memory.clearWebContainerBooting();
        fail(error);
      },
    );
  };

  const reason = reasonNotToBoot(inputs.environment, inputs.memory, inputs.now(), inputs.rememberFailureMs);
  current = reason === undefined ? { state: "starting" } : { state: "worker", reason };
  if (reason === undefined) boot();

  const workerHost = (): RunnerHost => (worker ??= inputs.makeWorkerHost());

  return {
    status: () => current,
    hostForRun(code) {
      if (current.state === "ready" && container !== undefined) {
        const readiness = container.readiness?.() ?? { state: "ready" };
        if (readiness.state === "restarting")
          return { host: workerHost(), status: { state: "worker", reason: "node-restarting" } };
        if (readiness.state === "failed") {
          // The container could not be replaced: from now on the built-in runtime, as after a failed boot.
          container.dispose();
          container = undefined;
          inputs.memory.rememberWebContainerFailure(inputs.now());
          setStatus({ state: "worker", reason: "boot-failed", detail: readiness.reason });
          return { host: workerHost(), status: current };
        }
        const version = container.nodeVersion;
        if (
          code !== undefined &&
          version !== undefined &&
          needsNodeTestFloor(code) &&
          belowNodeTestFloor(version)
        )
          return { host: workerHost(), status: { state: "worker", reason: "old-node", detail: version } };
        return { host: container, status: current };
      }
      // A container the learner switched away from goes now, not at the switch: a run may still
      // have been going on it then, and the switch must not cut it short.
      container?.dispose();
      container = undefined;
      return { host: workerHost(), status: current };
    },
    useWorker() {
      inputs.memory.saveRuntimePreference("worker");
      clearTimeout(budget);
      clearTimeout(probeTimer);
      setStatus({ state: "worker", reason: "preference" });
    },
    tryWebContainer() {
      if (current.state !== "worker" || environmentBlock(inputs.environment) !== undefined) return;
      inputs.memory.saveRuntimePreference("auto");
      inputs.memory.forgetWebContainerFailure();
      inputs.memory.clearWebContainerBooting();
      if (container === undefined) boot();
      else setStatus({ state: "ready" });
    },
    startLeaving() {
      failures.leaving();
    },
    leavePage() {
      failures.left();
      if (booting !== undefined) inputs.memory.clearWebContainerBooting();
    },
    returnToPage() {
      if (!failures.away()) return;
      const abandoned = failures.returned();
      if (booting !== undefined) inputs.memory.markWebContainerBooting(inputs.now());
      // Still the boot's own failure status: the learner changed nothing while the page was away.
      if (abandoned && current.state === "worker") boot();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The runtime a status sends the next run to. */
export function kindFor(status: RuntimeStatus): RuntimeKind {
  return status.state === "ready" ? "webcontainer" : "worker";
}
