/**
 * The words of a sample's runtime notice: which runtime took the run and why, what the next run
 * gets when that has changed since, and the one switch that helps. Plain words, no jargon: the
 * learner meets "Node.js" and "the built-in runtime", never "cross-origin isolation" or "host".
 */
import type { RunnerTextKey } from "../../i18n/runner-text.ts";
import type { RuntimeStatus, WorkerReason } from "../../runner/select-host.ts";
import type { RuntimeKind } from "../../runner/types.ts";

/** The switch a notice offers. */
export type NoticeAction = "use-worker" | "use-node" | "try-again";

/** What a notice shows. */
export interface NoticeContent {
  message: string;
  action: NoticeAction | undefined;
  /** The switch's label, when there is a switch. */
  label: string | undefined;
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

type Text = (key: RunnerTextKey, values?: Record<string, string | number>) => string;

const whyKeys: Record<Exclude<WorkerReason, "preference">, RunnerTextKey> = {
  "not-isolated": "whyNotIsolated",
  "no-shared-array-buffer": "whyNoSharedArrayBuffer",
  "apple-mobile": "whyAppleMobile",
  "boot-failed": "whyBootFailed",
  "boot-timeout": "whyBootTimeout",
  "failed-before": "whyFailedBefore",
};

function why(status: RuntimeStatus & { state: "worker" }, text: Text, budgetMs: number): string {
  if (status.reason === "preference") return "";
  return text(whyKeys[status.reason], { detail: status.detail ?? "", seconds: Math.round(budgetMs / 1000) });
}

function sameStatus(a: RuntimeStatus, b: RuntimeStatus): boolean {
  if (a.state !== "worker" || b.state !== "worker") return a.state === b.state;
  return a.reason === b.reason && a.detail === b.detail;
}

function ranSentence(ran: RanOn, text: Text, budgetMs: number): string {
  if (ran.kind === "webcontainer") return text("ranInNode");
  const status = ran.status;
  if (status.state !== "worker") return text("ranInWorkerWhileStarting");
  if (status.reason === "preference") return text("ranInWorkerAsChosen");
  return text("ranInWorkerBecause", { reason: why(status, text, budgetMs) });
}

function nextSentence(status: RuntimeStatus, text: Text, budgetMs: number): string {
  if (status.state === "ready") return text("nextInNode");
  if (status.state === "starting") return text("nextWhileStarting");
  if (status.reason === "preference") return text("nextInWorkerAsChosen");
  return text("nextInWorkerBecause", { reason: why(status, text, budgetMs) });
}

function actionFor(status: RuntimeStatus): NoticeAction | undefined {
  if (status.state !== "worker") return "use-worker";
  if (status.reason === "preference") return "use-node";
  if (
    status.reason === "boot-failed" ||
    status.reason === "boot-timeout" ||
    status.reason === "failed-before"
  )
    return "try-again";
  // The browser or the site rules the WebContainer out; no switch would change that.
  return undefined;
}

/**
 * The notice for a run given `ran`, read while the page's status is `now`.
 *
 * @example runtimeNoticeContent({ kind: "worker", status: { state: "starting" } }, { state: "ready" }, text, 30_000)
 */
export function runtimeNoticeContent(
  ran: RanOn,
  now: RuntimeStatus,
  text: Text,
  budgetMs: number,
): NoticeContent {
  const first = ranSentence(ran, text, budgetMs);
  // Said once: a run that went to Node.js needs no second sentence while Node.js is still the choice.
  const unchanged = sameStatus(ran.status, now) || (ran.kind === "webcontainer" && now.state === "ready");
  // Chinese sentences follow one another without a space; English ones with one.
  const gap = /[。！？]$/.test(first) ? "" : " ";
  const message = unchanged ? first : `${first}${gap}${nextSentence(now, text, budgetMs)}`;
  const action = actionFor(now);
  // While Node.js starts, the run is already in the built-in runtime: the switch is to keep it.
  const label =
    action === undefined ? undefined : text(now.state === "starting" ? "keepWorker" : actionKeys[action]);
  return { message, action, label };
}
