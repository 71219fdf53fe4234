/**
 * Chooses the runtime: the WebContainer first, and the in-browser fallback when the page cannot
 * host one, when boot fails with a typed RuntimeUnsupportedError or any error, or when boot does
 * not finish in time (offline, `WebContainer.boot()` never settles, so the limit is essential).
 */
import { RuntimeUnsupportedError, type RunnerHost } from "./types.ts";

/** Why a runtime was chosen; the page explains it to the learner. */
export type SelectionReason =
  | "webcontainer-ready"
  | "preference"
  | "not-isolated"
  | "no-shared-array-buffer"
  | "boot-failed"
  | "boot-timeout";

/** The chosen host and why. */
export interface HostSelection {
  host: RunnerHost;
  reason: SelectionReason;
  /** The error behind a failed boot, for the console. */
  cause?: unknown;
}

/** What the choice depends on, passed in so the rules can be tested without a browser. */
export interface SelectionInputs {
  preference: "worker" | "webcontainer" | "auto";
  crossOriginIsolated: boolean;
  hasSharedArrayBuffer: boolean;
  bootWebContainer: () => Promise<RunnerHost>;
  makeWorkerHost: () => RunnerHost;
  bootTimeoutMs: number;
}

class BootTimeoutError extends RuntimeUnsupportedError {}

function withTimeLimit<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new BootTimeoutError(`The WebContainer did not boot within ${ms} ms.`)),
      ms,
    );
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** Applies the rules above. Never rejects: the fallback always works. */
export async function selectHost(inputs: SelectionInputs): Promise<HostSelection> {
  const fallback = (reason: SelectionReason, cause?: unknown): HostSelection => ({
    host: inputs.makeWorkerHost(),
    reason,
    ...(cause === undefined ? {} : { cause }),
  });
  if (inputs.preference === "worker") return fallback("preference");
  if (!inputs.crossOriginIsolated) return fallback("not-isolated");
  if (!inputs.hasSharedArrayBuffer) return fallback("no-shared-array-buffer");
  const booting = inputs.bootWebContainer();
  try {
    const host = await withTimeLimit(booting, inputs.bootTimeoutMs);
    return { host, reason: "webcontainer-ready" };
  } catch (error) {
    // A boot that finishes after the limit would keep a container and its server running unused.
    if (error instanceof BootTimeoutError)
      booting.then(
        (late) => late.dispose(),
        () => undefined,
      );
    return fallback(error instanceof BootTimeoutError ? "boot-timeout" : "boot-failed", error);
  }
}
