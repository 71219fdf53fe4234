/**
 * Boots the real WebContainer for the runner check, with a recorder between the container and the
 * host, so every chunk the container prints is kept. It boots with the API itself instead of
 * `bootWebContainerHost()`: the page's boot has a budget and falls back, while the check waits as
 * long as the boot takes and reports exactly what went wrong. Loaded only when the check asks for
 * the WebContainer, so the built-in check never downloads the API.
 */
import type { ContainerLike } from "../webcontainer/container.ts";
import { createWebContainerHost } from "../webcontainer/webcontainer-host.ts";
import type { RunnerHost } from "../types.ts";
import { bootRealWebContainer } from "../webcontainer/boot-real.browser.ts";
import { containerNodeVersion } from "../webcontainer/container.ts";
import { createRecorder, type Recording } from "./recording-container.ts";

/** A booted, recorded WebContainer host. */
export interface RecordedBoot {
  host: RunnerHost;
  recording: Recording;
  /** From the call to `WebContainer.boot()` to a host ready to run (practice server up). */
  bootMs: number;
  /** `node --version` inside the container. */
  nodeVersion: string;
  /** Disposes of the host, which tears its container down (the check is over). */
  teardown: () => void;
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url} (HTTP ${response.status}).`);
  return response.text();
}

/**
 * Boots, mounts, starts the practice server and reads the container's Node version.
 * `onError` receives the `error` events of every container the host boots (the API reports its
 * internal failures there).
 */
export async function bootRecordedWebContainer(onError: (message: string) => void): Promise<RecordedBoot> {
  const started = performance.now();
  const files = Promise.all([fetchText("/runner/practice-server.mjs"), fetchText("/runner/preload.mjs")]);
  // One recorder for every container: after a Stop that a busy loop ignored, the host tears its
  // container down and calls `boot` again, and the new one records into the same record.
  const recording = createRecorder();
  let latest: ContainerLike | undefined;
  // The API allows one container at a time; the host calls this again only after its teardown.
  const boot = async () => {
    const container = await bootRealWebContainer();
    container.on("error", (error) => onError(error.message));
    latest = recording.wrap(container);
    return latest;
  };
  const host = await createWebContainerHost(
    boot,
    files.then(([practiceServer, preload]) => ({ practiceServer, preload })),
  );
  try {
    const bootMs = Math.round(performance.now() - started);
    if (latest === undefined) throw new Error("The host is ready, but no container was booted.");
    const nodeVersion = host.nodeVersion ?? (await containerNodeVersion(latest));
    return { host, recording, bootMs, nodeVersion, teardown: () => host.dispose() };
  } catch (error) {
    host.dispose();
    throw error;
  }
}
