/**
 * The runner self-check page: starts the runtime the URL asks for (`?runtime=webcontainer`, or the
 * built-in one), runs the runner contract and every sample on it (run-check.ts), shows each verdict
 * as it comes, and leaves the whole record on the page as `window.__runnerCheckRecord` and as a
 * download. `npm run check:webcontainer` drives this page and reads the same record.
 */
import { checkLanguage, checkText, type CheckTextKey } from "../../i18n/check-text.ts";
import { htmlLangOf } from "../../i18n/locales.ts";
import type { CheckRecord, CheckVerdict } from "../../runner/check/check-record.ts";
import type { Recording } from "../../runner/check/recording-container.ts";
import {
  describeFailure,
  failedVerdict,
  parseSamples,
  runCheck,
  type CheckSample,
} from "../../runner/check/run-check.ts";
import { contractCases } from "../../runner/contract/cases.ts";
import { isRuntimeKind, unknownRuntime } from "../../runner/runtimes.ts";
import type { RunnerHost, RuntimeKind } from "../../runner/types.ts";
import { WorkerHost } from "../../runner/worker/worker-host.browser.ts";

declare global {
  interface Window {
    /** The finished check, for `npm run check:webcontainer` and for anyone at the console. */
    __runnerCheckRecord?: CheckRecord;
  }
}

const lang = checkLanguage(location.search, navigator.languages);
const text = checkText(lang);
const requested = new URLSearchParams(location.search).get("runtime");
const runtime: RuntimeKind = isRuntimeKind(requested) ? requested : "worker";
const find = (selector: string) => document.querySelector<HTMLElement>(selector);

function translatePage(): void {
  document.documentElement.lang = htmlLangOf(lang);
  for (const element of document.querySelectorAll<HTMLElement>("[data-text]"))
    element.textContent = text(element.dataset["text"] as CheckTextKey);
  for (const link of document.querySelectorAll<HTMLAnchorElement>("[data-runtime-choice]")) {
    const url = new URL(link.href);
    url.searchParams.set("lang", lang);
    link.href = url.href;
    if (link.dataset["runtimeChoice"] === runtime) link.setAttribute("aria-current", "page");
  }
}

function setBoot(state: "booting" | "booted" | "failed", message: string): void {
  const status = find("[data-boot]");
  if (status === null) return;
  status.dataset["bootState"] = state;
  status.textContent = message;
}

function addRow(kind: "case" | "sample", verdict: CheckVerdict): void {
  const row = document.createElement("tr");
  row.dataset[kind] = verdict.name;
  row.dataset["passed"] = String(verdict.passed);
  const name = document.createElement("td");
  name.textContent = verdict.name;
  const result = document.createElement("td");
  const problems = document.createElement("pre");
  problems.textContent = verdict.passed ? text("passed") : verdict.problems.join("\n");
  result.append(problems);
  row.append(name, result);
  find(kind === "case" ? "[data-check-cases]" : "[data-check-samples]")?.append(row);
}

function summarise(selector: string, verdicts: readonly CheckVerdict[]): void {
  const summary = find(selector);
  if (summary === null) return;
  const passed = verdicts.filter((verdict) => verdict.passed).length;
  summary.textContent = text("summary", { passed, failed: verdicts.length - passed });
  summary.dataset["done"] = "true";
}

async function loadSamples(): Promise<CheckSample[]> {
  const response = await fetch("/runner-check/samples.json");
  if (!response.ok) throw new Error(`/runner-check/samples.json answered HTTP ${response.status}.`);
  return parseSamples(await response.json());
}

interface Started {
  host: RunnerHost;
  recording?: Recording;
  bootMs: number;
  nodeVersion: string | null;
  teardown: () => void;
}

async function start(errors: string[]): Promise<Started> {
  switch (runtime) {
    case "worker":
      return startWorker();
    case "webcontainer":
      return startWebContainer(errors);
    default:
      return unknownRuntime(runtime);
  }
}

async function startWorker(): Promise<Started> {
  setBoot("booting", text("preparing"));
  const began = performance.now();
  const host = new WorkerHost();
  await host.warmUp();
  const bootMs = Math.round(performance.now() - began);
  setBoot("booted", text("builtInReady", { ms: bootMs }));
  return { host, bootMs, nodeVersion: null, teardown: () => undefined };
}

async function startWebContainer(errors: string[]): Promise<Started> {
  if (!globalThis.crossOriginIsolated) throw new Error(text("notIsolated"));
  const began = performance.now();
  const tick = () =>
    setBoot("booting", text("booting", { seconds: Math.round((performance.now() - began) / 1000) }));
  tick();
  const ticking = setInterval(tick, 1000);
  try {
    const { bootRecordedWebContainer } = await import("../../runner/check/boot-recorded.browser.ts");
    const booted = await bootRecordedWebContainer((message) => {
      errors.push(message);
      find("[data-container-errors]")?.append(text("containerError", { message }), "\n");
    });
    setBoot("booted", text("booted", { ms: booted.bootMs, version: booted.nodeVersion }));
    return booted;
  } finally {
    clearInterval(ticking);
  }
}

function publish(record: CheckRecord): void {
  // The first record stands: a failure while tearing down must not replace the verdicts.
  if (window.__runnerCheckRecord !== undefined) return;
  window.__runnerCheckRecord = record;
  const button = find("[data-download]");
  if (button instanceof HTMLButtonElement) {
    button.disabled = false;
    button.addEventListener("click", () => {
      const link = document.createElement("a");
      link.href = URL.createObjectURL(
        new Blob([JSON.stringify(record, null, 1)], { type: "application/json" }),
      );
      link.download = `runner-check-${record.runtime}-${record.startedAt.replace(/[:.]/g, "-")}.json`;
      link.click();
      URL.revokeObjectURL(link.href);
    });
  }
  document.body.dataset["recordReady"] = "true";
}

const startedAt = new Date().toISOString();
const about = {
  source: "/runner-check/ in a browser",
  runtime,
  url: location.href,
  userAgent: navigator.userAgent,
};

/** The record of a check that never got to its verdicts. */
function failureRecord(reason: string, errors: string[]): CheckRecord {
  const empty = { cases: [], samples: [], otherProcesses: [], serverReadyPorts: [] };
  return { ...about, startedAt, bootMs: 0, nodeVersion: null, bootError: reason, errors, ...empty };
}

async function main(errors: string[]): Promise<void> {
  translatePage();
  let started: Started;
  try {
    started = await start(errors);
  } catch (error) {
    const reason = describeFailure(error);
    setBoot("failed", text("bootFailed", { reason }));
    return publish(failureRecord(reason, errors));
  }
  // A list that cannot load is a failed verdict, never a check that passes with no samples.
  let samples: CheckSample[] = [];
  let samplesProblem: string | undefined;
  await loadSamples().then(
    (loaded) => (samples = loaded),
    (error: unknown) => (samplesProblem = describeFailure(error)),
  );
  const caseVerdicts: CheckVerdict[] = [];
  const sampleVerdicts: CheckVerdict[] = [];
  const outcome = await runCheck(started.host, {
    samples,
    ...(started.recording === undefined ? {} : { recording: started.recording }),
    onVerdict: (kind, verdict) => {
      addRow(kind, verdict);
      (kind === "case" ? caseVerdicts : sampleVerdicts).push(verdict);
      if (kind === "case" && caseVerdicts.length === contractCases.length)
        summarise("[data-check-summary]", caseVerdicts);
    },
  });
  if (samplesProblem !== undefined) {
    const failed = failedVerdict("samples.json", samplesProblem);
    addRow("sample", failed);
    sampleVerdicts.push(failed);
    outcome.samples.push(failed);
  }
  summarise("[data-samples-summary]", sampleVerdicts);
  const { bootMs, nodeVersion } = started;
  publish({ ...about, startedAt, bootMs, nodeVersion, bootError: null, errors, ...outcome });
  // The container holds a CPU and memory; the built-in runtime's frame is left, as a page would.
  started.teardown();
}

const containerErrors: string[] = [];
await main(containerErrors).catch((error: unknown) => {
  // Whatever stopped the check, the record says so: nobody waiting for it is left waiting.
  const reason = describeFailure(error);
  setBoot("failed", text("checkStopped", { reason }));
  publish(failureRecord(reason, containerErrors));
});
