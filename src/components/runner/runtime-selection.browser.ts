/**
 * Picks the page's runtime once (see select-host.ts), marks `<html data-runtime>`, and shows a
 * short notice saying which runtime is active and why, with a switch that is remembered.
 */
import { runnerText, type RunnerTextKey } from "../../i18n/runner-text.ts";
import { selectHost, type HostSelection, type SelectionReason } from "../../runner/select-host.ts";
import { WorkerHost } from "../../runner/worker/worker-host.browser.ts";

const preferenceKey = "async-tour:v1:runtime";
/** How long a WebContainer may take to boot before the fallback takes over. */
export const bootTimeoutMs = 6_000;

let selection: Promise<HostSelection> | undefined;

function readPreference(): "worker" | "webcontainer" | "auto" {
  try {
    const saved = localStorage.getItem(preferenceKey);
    return saved === "worker" || saved === "webcontainer" ? saved : "auto";
  } catch {
    return "auto";
  }
}

function savePreference(value: "worker" | "webcontainer"): void {
  try {
    localStorage.setItem(preferenceKey, value);
  } catch {
    // Without storage the switch lasts for this page only.
  }
}

const reasonKeys: Record<Exclude<SelectionReason, "webcontainer-ready">, RunnerTextKey> = {
  preference: "reasonPreference",
  "not-isolated": "reasonNotIsolated",
  "no-shared-array-buffer": "reasonNoSharedArrayBuffer",
  "boot-failed": "reasonBootFailed",
  "boot-timeout": "reasonBootTimeout",
};

function showNotice(chosen: HostSelection): void {
  const text = runnerText(document.documentElement.lang);
  const notice = document.createElement("div");
  notice.className = "runtime-notice";
  notice.setAttribute("role", "status");
  notice.dataset["runtimeNotice"] = chosen.host.kind;
  const message = document.createElement("span");
  message.textContent =
    chosen.reason === "webcontainer-ready"
      ? text("runtimeWebContainer")
      : `${text("runtimeWorker")}: ${text(reasonKeys[chosen.reason])}`;
  const toggle = document.createElement("button");
  toggle.type = "button";
  // After a failed boot, the useful switch is to skip the wait next time.
  const next = chosen.host.kind === "worker" && chosen.reason === "preference" ? "webcontainer" : "worker";
  toggle.textContent = text(
    next === "webcontainer"
      ? "useWebContainer"
      : chosen.host.kind === "worker"
        ? "alwaysWorker"
        : "useWorker",
  );
  toggle.dataset["runtimeSwitch"] = next;
  toggle.addEventListener("click", () => {
    savePreference(next);
    location.reload();
  });
  notice.append(message, " ", toggle);
  document.querySelector("main")?.prepend(notice);
}

async function choose(): Promise<HostSelection> {
  const chosen = await selectHost({
    preference: readPreference(),
    crossOriginIsolated: globalThis.crossOriginIsolated,
    hasSharedArrayBuffer: typeof SharedArrayBuffer === "function",
    bootWebContainer: async () => {
      const { bootWebContainerHost } = await import("../../runner/webcontainer/load-webcontainer.browser.ts");
      return bootWebContainerHost();
    },
    makeWorkerHost: () => new WorkerHost(),
    bootTimeoutMs,
  });
  document.documentElement.dataset["runtime"] = chosen.host.kind;
  if (chosen.host instanceof WorkerHost) void chosen.host.warmUp().catch(() => undefined);
  showNotice(chosen);
  return chosen;
}

/** The page's runtime, chosen on first use. */
export function pageRuntime(): Promise<HostSelection> {
  selection ??= choose();
  return selection;
}
