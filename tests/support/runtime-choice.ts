/**
 * The page's runtime choice (src/runner/select-host.ts) as the host tests drive it: over a real
 * WebContainer host on the fake, with nothing remembered between pages, ready to take runs.
 */
import { createRuntimeChoice, type RuntimeChoice, type RuntimeMemory } from "../../src/runner/select-host.ts";
import type { RunnerHost } from "../../src/runner/types.ts";

/** Storage that keeps nothing: every choice is a learner's first visit. */
const firstVisit: RuntimeMemory = {
  runtimePreference: () => "auto",
  saveRuntimePreference: () => true,
  webContainerFailedAt: () => undefined,
  rememberWebContainerFailure: () => true,
  forgetWebContainerFailure: () => true,
  webContainerBootingSince: () => undefined,
  markWebContainerBooting: () => true,
  clearWebContainerBooting: () => true,
};

/**
 * A choice that boots with `bootWebContainer` and sends other runs to `builtIn`; resolves once it
 * is ready, and rejects if it falls back to the built-in runtime for good instead.
 */
export async function readyRuntimeChoice(
  bootWebContainer: () => Promise<RunnerHost>,
  builtIn: RunnerHost,
): Promise<RuntimeChoice> {
  const choice = createRuntimeChoice({
    environment: { crossOriginIsolated: true, hasSharedArrayBuffer: true, appleMobile: false },
    memory: firstVisit,
    bootWebContainer,
    makeWorkerHost: () => builtIn,
    bootBudgetMs: 30_000,
    rememberFailureMs: 24 * 60 * 60 * 1000,
    now: () => Date.now(),
  });
  await new Promise<void>((resolve, reject) => {
    const check = () => {
      const status = choice.status();
      if (status.state === "ready") resolve();
      else if (status.state === "worker") reject(new Error(`no container: ${JSON.stringify(status)}`));
    };
    choice.subscribe(check);
    check();
  });
  return choice;
}
