/**
 * Boots the real WebContainer for the runner check, with a recorder between the container and the
 * host, so every chunk the container prints is kept. It boots with the API itself instead of
 * `bootWebContainerHost()`: the page's boot has a budget and falls back, while the check waits as
 * long as the boot takes and reports exactly what went wrong. Loaded only when the check asks for
 * the WebContainer, so the built-in check never downloads the API.
 */
import { WebContainer } from "@webcontainer/api";
import { createWebContainerHost } from "../webcontainer/webcontainer-host.ts";
import type { RunnerHost } from "../types.ts";
import { containerNodeVersion, createRecorder, type Recording } from "./recording-container.ts";

/** A booted, recorded WebContainer host. */
export interface RecordedBoot {
  host: RunnerHost;
  recording: Recording;
  /** From the call to `WebContainer.boot()` to a host ready to run (practice server up). */
  bootMs: number;
  /** `node --version` inside the container. */
  nodeVersion: string;
  /** Tears the container down (the check is over). */
  teardown: () => void;
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url} (HTTP ${response.status}).`);
  return response.text();
}

/**
 * Boots, mounts, starts the practice server and reads the container's Node version.
 * `onError` receives the container's own `error` events (the API reports internal failures there).
 */
export async function bootRecordedWebContainer(onError: (message: string) => void): Promise<RecordedBoot> {
  const started = performance.now();
  const files = Promise.all([fetchText("/runner/practice-server.mjs"), fetchText("/runner/preload.mjs")]);
  // Awaited after the boot; until then a failed fetch must not count as unhandled.
  files.catch(() => undefined);
  const container = await WebContainer.boot({ coep: "require-corp", workdirName: "async-tour" });
  container.on("error", (error) => onError(error.message));
  try {
    // One recorder, so that a host that boots a fresh container (after a Stop that did not stop)
    // can be handed `recording.wrap(next)` and keep recording into the same record.
    const recording = createRecorder();
    const recorded = recording.wrap(container);
    const [practiceServer, preload] = await files;
    const host = await createWebContainerHost(recorded, { practiceServer, preload });
    const bootMs = Math.round(performance.now() - started);
    const nodeVersion = await containerNodeVersion(recorded);
    return { host, recording, bootMs, nodeVersion, teardown: () => container.teardown() };
  } catch (error) {
    container.teardown();
    throw error;
  }
}
