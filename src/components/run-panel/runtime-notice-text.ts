/**
 * What a sample's runtime notice says: which runtime took the run and why, what the next run
 * gets when that has changed since, and the one switch that helps. It picks text keys and values
 * only; the runner's text table words them (plain words, no jargon: the learner meets "Node.js"
 * and "the built-in runtime", never "cross-origin isolation" or "host").
 */
import type { RunnerTextKey } from "../../i18n/runner-text.ts";
import type { TextMessage } from "../../i18n/translate.ts";
import type { RuntimeStatus, WorkerReason } from "../../runner/select-host.ts";
import { unknownRuntime } from "../../runner/runtimes.ts";
import type { RuntimeKind } from "../../runner/types.ts";

/** The switch a notice offers. */
export type NoticeAction = "use-worker" | "use-node" | "try-again";

/** One sentence of a notice, in the runner's text. */
export type NoticeSentence = TextMessage<RunnerTextKey>;

/** What a notice shows, as text keys and values. */
export interface NoticeContent {
  /** One sentence, or two when the next run gets something else than this one. */
  sentences: NoticeSentence[];
  action: NoticeAction | undefined;
  /** The switch's label, when there is a switch. */
  label: RunnerTextKey | undefined;
}

/** What a run was given: the runtime that took it and the page's status at that moment. */
export interface RanOn {
  kind: RuntimeKind;
  status: RuntimeStatus;
}

const actionKeys = {
  "use-worker": "useWorker",
  "use-node": "useNode",
  "try-again": "tryNodeAgain",
} as const satisfies Record<NoticeAction, RunnerTextKey>;

const whyKeys: Record<Exclude<WorkerReason, "preference">, RunnerTextKey> = {
  "not-isolated": "whyNotIsolated",
  "no-shared-array-buffer": "whyNoSharedArrayBuffer",
  "apple-mobile": "whyAppleMobile",
  "boot-failed": "whyBootFailed",
  "boot-timeout": "whyBootTimeout",
  "host-unreachable": "whyHostUnreachable",
  "not-started-for-site": "whyNotStartedForSite",
  "unreached-or-refused": "whyUnreachedOrRefused",
  "failed-before": "whyFailedBefore",
  "old-node": "whyOldNode",
  "crashed-before": "whyCrashedBefore",
  "tab-limit": "whyTabLimit",
  "node-restarting": "whyNodeRestarting",
};

function why(status: RuntimeStatus & { state: "worker" }, budgetMs: number): NoticeSentence | string {
  if (status.reason === "preference") return "";
  return {
    key: whyKeys[status.reason],
    values: { detail: status.detail ?? "", seconds: Math.round(budgetMs / 1000) },
  };
}

function sameStatus(a: RuntimeStatus, b: RuntimeStatus): boolean {
  if (a.state !== "worker" || b.state !== "worker") return a.state === b.state;
  return a.reason === b.reason && a.detail === b.detail;
}

function ranSentence(ran: RanOn, budgetMs: number): NoticeSentence {
  // Each runtime names itself: a new kind in runtimes.ts fails the type check here until it does.
  switch (ran.kind) {
    case "webcontainer":
      return { key: "ranInNode" };
    case "worker":
      return ranInWorkerSentence(ran.status, budgetMs);
    default:
      return unknownRuntime(ran.kind);
  }
}

function ranInWorkerSentence(status: RuntimeStatus, budgetMs: number): NoticeSentence {
  if (status.state !== "worker") return { key: "ranInWorkerWhileStarting" };
  if (status.reason === "preference") return { key: "ranInWorkerAsChosen" };
  return { key: "ranInWorkerBecause", values: { reason: why(status, budgetMs) } };
}

function nextSentence(status: RuntimeStatus, budgetMs: number): NoticeSentence {
  if (status.state === "ready") return { key: "nextInNode" };
  if (status.state === "starting") return { key: "nextWhileStarting" };
  if (status.reason === "preference") return { key: "nextInWorkerAsChosen" };
  return { key: "nextInWorkerBecause", values: { reason: why(status, budgetMs) } };
}

function actionFor(status: RuntimeStatus): NoticeAction | undefined {
  if (status.state !== "worker") return "use-worker";
  if (status.reason === "preference") return "use-node";
  if (
    status.reason === "boot-failed" ||
    status.reason === "boot-timeout" ||
    status.reason === "host-unreachable" ||
    status.reason === "not-started-for-site" ||
    status.reason === "unreached-or-refused" ||
    status.reason === "failed-before" ||
    status.reason === "crashed-before" ||
    status.reason === "tab-limit"
  )
    return "try-again";
  // The browser or the site rules the WebContainer out; no switch would change that.
  return undefined;
}

/** Whether the built-in runtime took this run only, while the page stays on Node.js. */
function forOneRun(status: RuntimeStatus): boolean {
  return status.state === "worker" && (status.reason === "old-node" || status.reason === "node-restarting");
}

/** Whether a run given to the built-in runtime while Node.js was starting now knows the start failed. */
function startFailed(ran: RanOn, now: RuntimeStatus): boolean {
  return (
    ran.kind === "worker" &&
    ran.status.state === "starting" &&
    now.state === "worker" &&
    now.reason !== "preference"
  );
}

/**
 * The notice for a run given `ran`, read while the page's status is `now`.
 *
 * @example runtimeNoticeContent({ kind: "worker", status: { state: "starting" } }, { state: "ready" }, 30_000)
 */
export function runtimeNoticeContent(ran: RanOn, now: RuntimeStatus, budgetMs: number): NoticeContent {
  // A run given while Node.js was starting, whose start has failed since (a refused network fails
  // at once): "while Node.js starts" is no longer true, so the run is told by what happened.
  const told = startFailed(ran, now) ? { kind: ran.kind, status: now } : ran;
  const first = ranSentence(told, budgetMs);
  // Said once: a run that went to Node.js needs no second sentence while Node.js is still the choice.
  // Nor does a run sent away from Node.js for itself alone: "Node.js is ready now: your next run
  // uses it" would be untrue while it restarts, and of a node:test program on an old container.
  const unchanged =
    sameStatus(told.status, now) ||
    (now.state === "ready" && (ran.kind === "webcontainer" || forOneRun(told.status)));
  const sentences = unchanged ? [first] : [first, nextSentence(now, budgetMs)];
  const action = actionFor(now);
  // While Node.js starts, the run is already in the built-in runtime: the switch is to keep it.
  const label =
    action === undefined ? undefined : now.state === "starting" ? "keepWorker" : actionKeys[action];
  return { sentences, action, label };
}
